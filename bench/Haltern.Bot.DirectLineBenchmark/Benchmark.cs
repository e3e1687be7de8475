// Measures the bot's own Direct Line on a real Kestrel (127.0.0.1): turns per second by polling with concurrent
// conversations, reply latency over the WebSocket stream, and memory per open conversation.
// Run: dotnet run -c Release --project bench/Haltern.Bot.DirectLineBenchmark [-- conversations messages]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Haltern.Bot.DirectLineBenchmark;

/// <summary>The benchmark program (not named Program: that is the bot's entry point, which the factory starts).</summary>
internal static class Benchmark
{
    public static async Task Main(string[] args)
    {
        const string Secret = "benchmark-secret-0123456789";
        string[] questions =
        [
            "Wie ist die Telefonnummer vom Bürgerbüro?",
            "Was gibt es Neues?",
            "Wann ist die Sprechstunde des Bürgermeisters?",
        ];

        var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var messages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

        // Outside a test project the factory cannot guess the bot's content root: point it at src/Haltern.Bot.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Haltern.Bot.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HALTERN_BOT",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from the repository."), "src", "Haltern.Bot"));

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.UseSetting("DirectLine:RateLimitPermits", "100000");
            builder.UseSetting("DirectLine:MaxConversations", "100000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secret);

        Console.WriteLine($"Direct Line benchmark on {address} ({Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")})");

        // Warm-up: the first turn loads the index and JITs the path.
        await RunConversationAsync(3, []);

        // 0. One conversation at a time: the latency of a turn without contention.
        var sequential = new List<double>();
        await RunConversationAsync(30, sequential);
        sequential.Sort();
        Console.WriteLine($"One conversation: POST (with the bot's turn) p50 {Percentile(sequential, 0.50):F1} ms, p95 {Percentile(sequential, 0.95):F1} ms (30 questions)");

        // The server's own share: reading activities (no bot turn), one request at a time.
        var reads = new List<double>();
        var readId = (string)(await StartAsync())["conversationId"]!;
        for (var i = 0; i < 1_000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var read = await http.GetAsync($"/v3/directline/conversations/{readId}/activities?watermark=0");
            read.EnsureSuccessStatusCode();
            reads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        reads.Sort();
        Console.WriteLine($"GET activities (no bot turn): p50 {Percentile(reads, 0.50):F2} ms, p95 {Percentile(reads, 0.95):F2} ms (1,000 requests)");

        // 1. Polling: concurrent conversations, each posting questions and reading the replies with the watermark.
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(_ => RunConversationAsync(messages, latencies)));
        clock.Stop();
        var turns = conversations * messages;
        latencies.Sort();
        Console.WriteLine($"Polling: {conversations} conversations × {messages} questions = {turns} turns in {clock.Elapsed.TotalSeconds:F2} s " +
            $"= {turns / clock.Elapsed.TotalSeconds:F0} turns/s; POST (with the bot's turn) p50 {Percentile(latencies, 0.50):F1} ms, " +
            $"p95 {Percentile(latencies, 0.95):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms");

        // 2. WebSocket: time from POSTing a question to the frame that carries the reply.
        var streamLatencies = await MeasureStreamAsync(50);
        streamLatencies.Sort();
        Console.WriteLine($"WebSocket: question to reply frame p50 {Percentile(streamLatencies, 0.50):F1} ms, p95 {Percentile(streamLatencies, 0.95):F1} ms (50 questions)");

        // 3. Memory per open conversation (its activities and the bot's conversation state), after one question each.
        const int Many = 1_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StartManyAsync(Many / 10)));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"Memory: {Many} open conversations with welcome + one question and answer each: " +
            $"{(after - before) / 1024.0 / 1024.0:F1} MiB managed = {(after - before) / Many / 1024.0:F1} KiB per conversation");

        async Task<JsonObject> StartAsync()
        {
            using var response = await http.PostAsync("/v3/directline/conversations", null);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }

        async Task<TimeSpan> PostAsync(string conversationId, string text)
        {
            var body = new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "de-DE", ["from"] = new JsonObject { ["id"] = "bench" } };
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync($"/v3/directline/conversations/{conversationId}/activities",
                new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            return Stopwatch.GetElapsedTime(started);
        }

        async Task RunConversationAsync(int count, List<double> sink)
        {
            var id = (string)(await StartAsync())["conversationId"]!;
            var watermark = "";
            for (var i = 0; i < count; i++)
            {
                var elapsed = await PostAsync(id, questions[i % questions.Length]);
                lock (sink)
                {
                    sink.Add(elapsed.TotalMilliseconds);
                }

                using var read = await http.GetAsync($"/v3/directline/conversations/{id}/activities?watermark={watermark}");
                var set = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
                if (set["activities"]!.AsArray().Count < 2)
                {
                    throw new InvalidOperationException("A question got no reply.");
                }

                watermark = (string)set["watermark"]!;
            }
        }

        async Task<List<double>> MeasureStreamAsync(int count)
        {
            var answer = await StartAsync();
            var id = (string)answer["conversationId"]!;
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri((string)answer["streamUrl"]!), CancellationToken.None);
            var buffer = new byte[256 * 1024];
            await socket.ReceiveAsync(buffer, CancellationToken.None); // the welcome
            var result = new List<double>();
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var post = PostAsync(id, questions[i % questions.Length]);
                var sawReply = false;
                while (!sawReply)
                {
                    var frame = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    var text = Encoding.UTF8.GetString(buffer, 0, frame.Count);
                    sawReply = text.Length > 0 && JsonNode.Parse(text)!["activities"]!.AsArray()
                        .Any(a => (string?)a!["from"]!["role"] == "bot");
                }

                result.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await post;
            }

            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            return result;
        }

        async Task StartManyAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = (string)(await StartAsync())["conversationId"]!;
                await PostAsync(id, questions[i % questions.Length]);
            }
        }

        static double Percentile(List<double> sorted, double p) =>
            sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
