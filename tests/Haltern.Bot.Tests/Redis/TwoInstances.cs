using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Redis;

/// <summary>A redis-server and two bot processes (A and B) sharing it, as two instances behind a load balancer.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    /// <summary>The signing key every instance shares (configuration, as in production).</summary>
    public const string SigningKey = "two-instances-share-this-signing-key-0123456789";

    /// <summary>The Direct Line secret of every instance (a trusted server's way to start conversations).</summary>
    public const string DirectLineSecret = "two-instances-direct-line-secret";

    /// <summary>Requests a citizen (a forwarded address) may make at once, on all instances together.</summary>
    public const int CitizenBurst = 4;

    public RedisServer Redis { get; private set; } = null!;

    public Instance A { get; private set; } = null!;

    public Instance B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var started = await Task.WhenAll(StartInstanceAsync(Redis.Configuration), StartInstanceAsync(Redis.Configuration));
        (A, B) = (started[0], started[1]);
        await Task.WhenAll(WarmAsync(A), WarmAsync(B));
    }

    /// <summary>
    /// Has a fresh instance answer one turn before the tests: its first turn compiles the answer path, and a Redis command
    /// waiting behind that work can outlast the tests' one-second timeout (a 503 no test is about). A load balancer
    /// sends a new instance traffic once it is ready, too.
    /// </summary>
    private static async Task WarmAsync(Instance instance)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await instance.Conversation("warm-" + Guid.NewGuid().ToString("N")).SayAsync("Hallo");
                return;
            }
            catch (HttpRequestException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
    }

    /// <summary>Starts one more bot process on the shared Redis (or on <paramref name="configuration"/>).</summary>
    public static async Task<Instance> StartInstanceAsync(string configuration, params string[] extra)
    {
        var (process, address) = await BotProcess.StartAsync(
            [
                "--ConversationStore:Store=Redis",
                "--Redis:Configuration=" + configuration,
                "--Redis:Timeout=00:00:01",
                "--Redis:RetryAfter=00:00:02",
                "--DirectLine:TokenSigningKey=" + SigningKey,
                "--DirectLine:Secret=" + DirectLineSecret,
                // The test is the reverse proxy: X-Forwarded-For names the citizen, whose requests are rate-limited.
                "--Proxy:KnownProxies:0=127.0.0.1",
                "--RateLimiting:PermitsPerMinute=1",
                "--RateLimiting:Burst=" + CitizenBurst,
                .. extra,
            ]);
        return new Instance(process, address);
    }

    /// <summary>One bot process and an HTTP client for it.</summary>
    public sealed class Instance(BotProcess process, Uri address) : IAsyncDisposable
    {
        public BotProcess Process { get; } = process;

        // Generous: on a machine busy with other builds a fresh process's first turns have taken over 30 s.
        public HttpClient Http { get; } = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };

        /// <summary>A client of this instance in conversation <paramref name="conversationId"/> (the Emulator's protocol).</summary>
        public EmulatorClient Conversation(string conversationId) => new(Http, conversationId);

        /// <summary>The visible text of the one reply to <paramref name="text"/> in <paramref name="conversationId"/>.</summary>
        public async Task<string> SayAsync(string conversationId, string text) =>
            EmulatorClient.Visible(Assert.Single(await Conversation(conversationId).SayAsync(text)));

        /// <summary>
        /// A Direct Line call with <paramref name="credential"/> (the secret or a token) and an optional JSON body; with
        /// <paramref name="client"/> as the citizen's address the reverse proxy forwards.
        /// </summary>
        public Task<HttpResponseMessage> DirectLineAsync(HttpMethod method, string path, string credential, string? json = null, string? client = null)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", credential);
            if (client is not null)
            {
                request.Headers.Add("X-Forwarded-For", client);
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            return Http.SendAsync(request);
        }

        /// <summary><c>/health/ready</c>: its status code and body.</summary>
        public async Task<(int Status, JsonObject Body)> ReadinessAsync()
        {
            using var response = await Http.GetAsync("/health/ready");
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }

        /// <summary>Waits until <c>/health/ready</c> says 200: the connection to Redis is made (a busy machine may take a few tries).</summary>
        public async Task UntilReadyAsync()
        {
            var ready = await RealServer.WithinAsync(TimeSpan.FromSeconds(60), async () => (await ReadinessAsync()).Status == 200);
            Assert.True(ready is not null, "the instance never got ready:\n" + Process.Output);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Process.DisposeAsync();
        }
    }
}
