using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// The built-in Direct Line's per-client rate limit and its streams per conversation count on both instances
/// together, and without Redis a Direct Line call gets the documented 503 while the limit still holds per instance.
/// Each test is a client of its own (the test is the reverse proxy and names it in X-Forwarded-For).
/// </summary>
public sealed class SharedDirectLineLimitsTests(SharedDirectLineLimitsTests.LimitedInstances instances) : IClassFixture<SharedDirectLineLimitsTests.LimitedInstances>
{
    /// <summary>Direct Line calls one client may make in the window, on all instances together.</summary>
    public const int Permits = 4;

    [Fact]
    public async Task A_client_over_the_Direct_Line_limit_on_A_and_B_together_gets_429_on_B_while_another_client_is_served()
    {
        const string client = "203.0.113.41";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Permits; i++)
        {
            statuses.Add(await GenerateTokenAsync(i % 2 == 0 ? instances.A : instances.B, client));
        }

        using var limited = await SendAsync(instances.B, HttpMethod.Post, "/v3/directline/tokens/generate", client);
        var other = await GenerateTokenAsync(instances.B, "203.0.113.42");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status)); // each instance saw only half the permits
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing");
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task A_stream_open_on_A_takes_the_conversations_one_stream_slot_on_B_until_it_closes()
    {
        const string client = "203.0.113.51";
        var (streamOnA, streamOnB) = await StartConversationAsync(instances.A, instances.B, client);
        using var first = await ConnectAsync(streamOnA, client);

        using var second = NewSocket(client);
        var refused = await Record.ExceptionAsync(() => second.ConnectAsync(new Uri(streamOnB), CancellationToken.None));

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        var freed = await RealServer.WithinAsync(TimeSpan.FromSeconds(30), async () =>
        {
            using var again = NewSocket(client);
            try
            {
                await again.ConnectAsync(new Uri(streamOnB), CancellationToken.None);
                await again.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
                return true;
            }
            catch (WebSocketException) when (again.HttpStatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(100);
                return false;
            }
        });

        Assert.IsType<WebSocketException>(refused);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.HttpStatusCode);
        Assert.True(freed is not null, "the slot closed on A was never free on B");
    }

    [Fact]
    public async Task Without_Redis_a_Direct_Line_call_gets_503_and_the_limit_still_holds_on_the_instance()
    {
        const string client = "203.0.113.61";
        await using var redis = await RedisServer.StartAsync();
        await using var bot = await LimitedInstances.StartAsync(redis.Configuration);
        await bot.UntilReadyAsync();
        using var started = await SendAsync(bot, HttpMethod.Post, "/v3/directline/conversations", client);
        var conversation = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["conversationId"]!;

        await redis.StopAsync();
        var statuses = new List<HttpStatusCode>();
        using var read = await SendAsync(bot, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities", client);
        for (var i = 0; i <= Permits; i++)
        {
            statuses.Add(await GenerateTokenAsync(bot, client));
        }

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), read.Headers.RetryAfter?.Delta);
        // Counted on the instance alone now, from the first call without Redis: the read and the tokens.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Permits - 1), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.DoesNotContain("Unhandled", bot.Process.Output, StringComparison.Ordinal);
    }

    private static async Task<(string OnA, string OnB)> StartConversationAsync(TwoInstances.Instance a, TwoInstances.Instance b, string client)
    {
        using var started = await SendAsync(a, HttpMethod.Post, "/v3/directline/conversations", client);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var streamOnA = new Uri((string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]!);
        var streamOnB = new UriBuilder(streamOnA) { Port = b.Http.BaseAddress!.Port }.Uri;
        return (streamOnA.ToString(), streamOnB.ToString());
    }

    private static ClientWebSocket NewSocket(string client)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("X-Forwarded-For", client);
        return socket;
    }

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl, string client)
    {
        var socket = NewSocket(client);
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    private static async Task<HttpStatusCode> GenerateTokenAsync(TwoInstances.Instance instance, string client)
    {
        using var response = await SendAsync(instance, HttpMethod.Post, "/v3/directline/tokens/generate", client);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> SendAsync(TwoInstances.Instance instance, HttpMethod method, string path, string client) =>
        instance.DirectLineAsync(method, path, TwoInstances.DirectLineSecret, client: client);

    /// <summary>A redis-server and two instances whose Direct Line limits are small enough to reach in a test.</summary>
    public sealed class LimitedInstances : IAsyncLifetime
    {
        public RedisServer Redis { get; private set; } = null!;

        public TwoInstances.Instance A { get; private set; } = null!;

        public TwoInstances.Instance B { get; private set; } = null!;

        /// <summary>One instance on <paramref name="configuration"/> with the small limits: <see cref="Permits"/> calls an hour, one stream per conversation.</summary>
        public static Task<TwoInstances.Instance> StartAsync(string configuration) => TwoInstances.StartInstanceAsync(
            configuration,
            "--DirectLine:RateLimitPermits=" + Permits,
            "--DirectLine:RateLimitWindow=01:00:00",
            "--DirectLine:MaxStreamsPerConversation=1");

        public async Task InitializeAsync()
        {
            Redis = await RedisServer.StartAsync();
            var started = await Task.WhenAll(StartAsync(Redis.Configuration), StartAsync(Redis.Configuration));
            (A, B) = (started[0], started[1]);
            await Task.WhenAll(A.UntilReadyAsync(), B.UntilReadyAsync());
        }

        public async Task DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await Redis.DisposeAsync();
        }
    }
}
