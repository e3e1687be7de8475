using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// Hostile requests to every public endpoint (Direct Line, its token endpoint, the page, health) get a 4xx or
/// normal handling: never a 5xx, never an Error in the log.
/// </summary>
public sealed class EveryEndpointTests : IClassFixture<EveryEndpointTests.Host>
{
    private static readonly string Deep = new string('[', 5000) + new string(']', 5000);
    private static readonly string DeepObject = string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000);
    private static readonly string Big = "{\"type\":\"message\",\"text\":\"" + new string('x', 300 * 1024) + "\"}";

    private static readonly string[] Bodies =
    [
        "", "{", "null", "[]", "\"text\"", "{\"type\":42}", "{\"type\":null,\"text\":{}}", "{\"type\":\"message\",\"text\":\"\\u0000\\u001b\\u202e\"}",
        "{\"type\":\"message\",\"from\":7,\"channelData\":[1,{}],\"attachments\":{}}", "{\"user\":{\"id\":{\"x\":1}}}", "{\"user\":null}",
        "{\"type\":\"conversationUpdate\",\"membersAdded\":[null]}", "{\"type\":\"invoke\",\"name\":\"x\"}", "\u00ff\u00fe\u0000", Deep, DeepObject, Big,
    ];

    private readonly Host _host;

    public EveryEndpointTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public BotApplicationFactory Bot { get; } = new(settings: new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = "hardening-test-secret-0123456789",
            ["DirectLine:RateLimitPermits"] = "100000",
        });

        public void Dispose() => Bot.Dispose();
    }

    [Fact]
    public async Task Hostile_requests_to_every_endpoint_never_get_a_5xx()
    {
        using var client = _host.Bot.CreateClient();
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        var token = (string?)JObject.Parse(await tokenResponse.Content.ReadAsStringAsync())["token"];
        using var started = await Send(client, HttpMethod.Post, "/v3/directline/conversations", token, null, null);
        var conversationId = (string?)JObject.Parse(await started.Content.ReadAsStringAsync())["conversationId"];
        Assert.False(string.IsNullOrEmpty(token));
        Assert.False(string.IsNullOrEmpty(conversationId)); // the hostile requests below reach a real conversation
        var paths = new[]
        {
            (HttpMethod.Post, "/api/directline/token"),
            (HttpMethod.Post, "/v3/directline/tokens/generate"),
            (HttpMethod.Post, "/v3/directline/tokens/refresh"),
            (HttpMethod.Post, "/v3/directline/conversations"),
            (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=%00%ff-1"),
            (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=99999999999999999999"),
            (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=abc"),
            (HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities"),
            (HttpMethod.Post, "/v3/directline/conversations/..%2F..%2Fetc%2Fpasswd/activities"),
            (HttpMethod.Post, $"/v3/directline/conversations/{new string('c', 3000)}/activities"),
            (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream?t=garbage"),
            (HttpMethod.Get, "/chat/..%2F..%2Fappsettings.json"),
            (HttpMethod.Get, "/chat/" + new string('a', 2000) + ".js"),
            (HttpMethod.Get, "/?transport=%00<script>"),
            (HttpMethod.Get, "/health/ready?verbose=true"),
            (HttpMethod.Post, "/api/messages"),
        };
        var credentials = new[] { token, "hardening-test-secret-0123456789", "garbage", "eyJhbGciOiJub25lIn0.e30.", null };
        var contentTypes = new[] { "application/json", "text/plain", "application/json; charset=utf-16", "multipart/form-data; boundary=x" };
        var failures = new List<string>();
        var logged = _host.Bot.Logs.Entries.Count;
        var sent = 0;

        foreach (var (method, path) in paths)
        {
            foreach (var credential in credentials)
            {
                foreach (var (body, index) in Bodies.Select((b, i) => (b, i)))
                {
                    if (method == HttpMethod.Get && index > 0)
                    {
                        break;
                    }

                    using var response = await Send(client, method, path, credential, body, contentTypes[(index + sent) % contentTypes.Length]);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {path[..Math.Min(80, path.Length)]} auth={credential?[..Math.Min(8, credential.Length)]} body#{index}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        var errors = _host.Bot.Logs.Entries.Skip(logged).Where(e => e.Level >= LogLevel.Error).Select(e => e.Text[..Math.Min(600, e.Text.Length)]).Take(3).ToList();
        Assert.True(sent > 300, $"only {sent} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)) + "\n" + string.Join("\n", errors));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string? credential, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null && method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType ?? "application/json");
        }

        return await client.SendAsync(request);
    }
}
