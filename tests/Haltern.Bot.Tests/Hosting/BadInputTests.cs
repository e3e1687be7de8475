using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>What a careless or hostile client sends to <c>/api/messages</c> gets a 4xx with a short reason, or normal handling.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.Host>
{
    private readonly Host _host;

    public BadInputTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public BotApplicationFactory Bot { get; } = new();

        public void Dispose() => Bot.Dispose();
    }

    public static TheoryData<string, string, int> Cases()
    {
        var valid = ApiMessages.Message("Hallo").ToString();
        string With(Action<JObject> change)
        {
            var activity = ApiMessages.Message("Hallo");
            change(activity);
            return activity.ToString(Newtonsoft.Json.Formatting.None);
        }

        return new TheoryData<string, string, int>
        {
            { "malformed JSON", "{\"type\": \"message\", ", 400 },
            { "not JSON at all", "hello bot", 400 },
            { "empty body", "", 400 },
            { "JSON array", "[1,2,3]", 400 },
            { "JSON null", "null", 400 },
            { "JSON string", "\"message\"", 400 },
            { "invalid UTF-8", "\u00ff\u00fe", 400 },
            { "no type", With(a => a.Remove("type")), 400 },
            { "type null", With(a => a["type"] = null), 400 },
            { "type a number", With(a => a["type"] = 42), 200 },
            { "type an object", With(a => a["type"] = new JObject()), 400 },
            { "conversation missing", With(a => { a.Remove("conversation"); a.Remove("deliveryMode"); }), 400 },
            { "conversation missing, replies in the body", With(a => { a.Remove("conversation"); a["deliveryMode"] = "expectReplies"; }), 200 },
            { "conversation a string", With(a => a["conversation"] = "c"), 400 },
            { "conversation id too long", With(a => a["conversation"]!["id"] = new string('c', 5000)), 400 },
            { "channelId missing", With(a => a.Remove("channelId")), 400 },
            { "serviceUrl missing", With(a => { a.Remove("serviceUrl"); a.Remove("deliveryMode"); }), 400 },
            { "serviceUrl missing, replies in the body", With(a => { a.Remove("serviceUrl"); a["deliveryMode"] = "expectReplies"; }), 200 },
            { "serviceUrl not a URL", With(a => a["serviceUrl"] = "not a url"), 400 },
            { "serviceUrl file scheme", With(a => a["serviceUrl"] = "file:///etc/passwd"), 400 },
            { "timestamp garbage", With(a => a["timestamp"] = "yesterday-ish"), 400 },
            { "from a number", With(a => a["from"] = 7), 400 },
            { "text an object", With(a => a["text"] = new JObject { ["x"] = 1 }), 400 },
            { "text null", With(a => a["text"] = null), 200 },
            { "text control characters", With(a => a["text"] = "\u0000\u0001\u001b[31m\u202e\ud800"), 200 },
            { "locale garbage", With(a => a["locale"] = "xx-INVALID-\u0000"), 200 },
            { "unknown activity type", With(a => a["type"] = "somethingNew"), 200 },
            { "typing", With(a => a["type"] = "typing"), 200 },
            { "conversationUpdate without members", With(a => a["type"] = "conversationUpdate"), 200 },
            { "membersAdded null entries", With(a => { a["type"] = "conversationUpdate"; a["membersAdded"] = new JArray(JValue.CreateNull(), new JObject()); }), 400 },
            { "invoke with no name", With(a => a["type"] = "invoke"), 200 },
            { "deeply nested channelData", With(a => a["channelData"] = Nest(5000)), 400 },
            { "nested within the limit", With(a => a["channelData"] = Nest(10)), 200 },
            { "attachments null content", With(a => a["attachments"] = new JArray(new JObject { ["contentType"] = null })), 200 },
            { "entities of the wrong shape", With(a => a["entities"] = new JArray(1, "x", JValue.CreateNull())), 400 },
            { "valid", valid, 200 },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_body_gets_a_4xx_with_a_reason_or_normal_handling(string name, string body, int expected)
    {
        using var client = _host.Bot.CreateClient();
        var logged = _host.Bot.Logs.Entries.Count;

        using var response = await _host.Bot.PostActivityAsync(client, body);

        Assert.True(expected == (int)response.StatusCode, $"{name}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected >= 400)
        {
            var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        }

        var errors = _host.Bot.Logs.Entries.Skip(logged).Where(e => e.Level >= LogLevel.Error).Select(e => e.Text).ToList();
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Wrong_content_type_gets_415(string contentType)
    {
        using var client = _host.Bot.CreateClient();

        using var response = await _host.Bot.PostActivityAsync(client, ApiMessages.Message("Hallo").ToString(), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_256_kib_gets_413_even_without_a_content_length()
    {
        using var client = _host.Bot.CreateClient();
        var big = ApiMessages.Message(new string('a', 300 * 1024)).ToString();

        using var withLength = await _host.Bot.PostActivityAsync(client, big);
        using var chunked = await client.PostAsync("/api/messages", new ChunkedJson(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task Body_just_under_256_kib_is_answered()
    {
        using var client = _host.Bot.CreateClient();

        using var response = await _host.Bot.PostActivityAsync(client, ApiMessages.Message(new string('a', 250 * 1024)).ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await ApiMessages.RepliesAsync(response));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_get_405(string method)
    {
        using var client = _host.Bot.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_ignore_bodies_and_query_garbage()
    {
        using var client = _host.Bot.CreateClient();

        using var live = await client.GetAsync("/health/live?%00=%ff&x=" + new string('x', 2000));
        using var post = await client.PostAsync("/health/ready", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    private static JToken Nest(int depth)
    {
        JToken token = new JValue(1);
        for (var i = 0; i < depth; i++)
        {
            token = new JObject { ["a"] = token };
        }

        return token;
    }

    /// <summary>JSON sent without a Content-Length, as a chunked stream.</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJson(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 8192)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(8192, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
