using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Haltern.Bench;

// Usage: dotnet run -c Release --project bench/Haltern.Bench -- [--seconds 60] [--connections 16] [--warmup 5] [--no-build] [--only echo|haltern] [--starts 5] [--slices 6] [--new-dates] [--store redis]
// Publishes (Release, ReadyToRun) and starts the bare echo bot and Haltern.Bot, each as its own process on 127.0.0.1,
// drives /api/messages of each the same way in alternating slices, and prints throughput, latencies, memory and cold start.
// With --store redis a third process, Haltern.Bot with its state in a redis-server the benchmark starts, takes its
// turns too, and its figures are printed beside the in-memory ones.
var options = BenchOptions.Parse(args);
var root = BenchOptions.FindRepositoryRoot();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}, {Machine.MemoryGiB():0.#} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine($"Load: {options.Connections} connections, {options.Warmup} s warm-up, {options.Seconds} s measured, expectReplies, a new conversation per request, 127.0.0.1 only");
Console.WriteLine(options.NewDates
    ? "Questions: the three kinds; the date questions name a random day of 1990-2089 (a date phrase the bot has not read before)"
    : "Questions: the three kinds, nine wordings");

var echo = new BotUnderTest("bare echo bot", Path.Combine(root, "bench", "EchoBot"), "EchoBot.dll");
var halternBot = new BotUnderTest("Haltern.Bot", Path.Combine(root, "src", "Haltern.Bot"), "Haltern.Bot.dll");
if (!options.NoBuild)
{
    foreach (var bot in new[] { echo, halternBot })
    {
        // Both bots are deployed the same way a city would run one: published, Release, ReadyToRun (precompiled,
        // so the process does not JIT the SDK, Lucene and the recognizers at start). Into an empty folder: publish
        // copies only files newer than those already there, so a runtimeconfig.json edited for an experiment
        // would otherwise outlive it.
        if (Directory.Exists(bot.PublishDirectory))
        {
            Directory.Delete(bot.PublishDirectory, recursive: true);
        }

        await Processes.RunAsync("dotnet",
            $"publish -c Release --nologo -v q -r {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} --self-contained false -p:PublishReadyToRun=true -o \"{bot.PublishDirectory}\" \"{bot.ProjectDirectory}\"",
            root);
    }
}

foreach (var bot in new[] { echo, halternBot })
{
    Console.WriteLine($"{bot.Name}: runtime settings {bot.RuntimeSettings()}");
}

if (options.Only is not null)
{
    // One bot alone, e.g. to attach dotnet-trace or dotnet-counters to it (its pid is printed); no ratio.
    await using var only = await LoadRun.StartAsync(options.Only.Contains("echo", StringComparison.OrdinalIgnoreCase) ? echo : halternBot, options);
    await only.WarmAsync(TimeSpan.FromSeconds(options.Warmup));
    await only.MeasureAsync(TimeSpan.FromSeconds(options.Seconds));
    var result = only.Result();
    Console.WriteLine($"{result.Name}: {result.Requests / result.Seconds:0} answers/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, errors {result.Errors}, RSS warmed-up {result.WarmRssMiB:0} MiB, highest {result.MaxRssMiB:0} MiB");
    return;
}

// Both bots run side by side and take turns under load, in slices of equal length, so whatever else the machine
// does in those minutes falls on both alike; the idle one waits without work.
await using var redis = options.Store == "redis" ? await RedisStore.StartAsync() : null;
await using var bare = await LoadRun.StartAsync(echo, options);
await using var served = await LoadRun.StartAsync(halternBot, options);
await using var onRedis = redis is null ? null : await LoadRun.StartAsync(redis.Bot(halternBot), options);
LoadRun.ServedBot[] bots = onRedis is null ? [bare, served] : [bare, served, onRedis];
foreach (var bot in bots)
{
    Console.WriteLine($"{bot.Bot.Name}: warming up {options.Warmup} s …");
    await bot.WarmAsync(TimeSpan.FromSeconds(options.Warmup));
}

var slice = TimeSpan.FromSeconds((double)options.Seconds / options.Slices);
for (var round = 0; round < options.Slices; round++)
{
    foreach (var bot in round % 2 == 0 ? bots : bots.Reverse())
    {
        Console.Write($"{bot.Bot.Name}: slice {round + 1} of {options.Slices}, {slice.TotalSeconds:0.#} s (load average before: {Machine.LoadAverage()}) … ");
        Console.WriteLine($"{await bot.MeasureAsync(slice):0} answers/s");
    }
}

Report.Print(bare.Result(), served.Result());
if (onRedis is not null)
{
    RedisStore.Print(served.Result(), onRedis.Result());
}

namespace Haltern.Bench
{
    internal sealed record BenchOptions(int Seconds, int Connections, int Warmup, bool NoBuild, string? Only, int Starts, int Slices, bool NewDates, string Store = "memory")
    {
        public static BenchOptions Parse(string[] args)
        {
            int Value(string name, int fallback)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
            }

            var only = Array.IndexOf(args, "--only");
            var store = Array.IndexOf(args, "--store");
            var storeName = store >= 0 && store + 1 < args.Length ? args[store + 1].ToLowerInvariant() : "memory";
            if (storeName is not ("memory" or "redis"))
            {
                throw new ArgumentException("--store is memory or redis.");
            }

            return new BenchOptions(Value("--seconds", 60), Value("--connections", 16), Value("--warmup", 5), args.Contains("--no-build"),
                only >= 0 && only + 1 < args.Length ? args[only + 1] : null, Math.Max(1, Value("--starts", 5)), Math.Max(1, Value("--slices", 6)),
                args.Contains("--new-dates"), storeName);
        }

        public static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Haltern.Bot.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Run the benchmark from inside the repository (Haltern.Bot.sln not found).");
        }
    }

    internal sealed record BotUnderTest(string Name, string ProjectDirectory, string Dll, string Arguments = "")
    {
        public string PublishDirectory => Path.Combine(ProjectDirectory, "bin", "Release", "bench-publish");

        public string DllPath => Path.Combine(PublishDirectory, Dll);

        /// <summary>The runtime settings the bot runs with (its runtimeconfig.json's configProperties), for the record of a run.</summary>
        public string RuntimeSettings()
        {
            var file = Path.ChangeExtension(DllPath, ".runtimeconfig.json");
            if (!File.Exists(file))
            {
                return "(no runtimeconfig.json)";
            }

            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            return json.RootElement.TryGetProperty("runtimeOptions", out var runtime) && runtime.TryGetProperty("configProperties", out var properties)
                ? string.Join(", ", properties.EnumerateObject().Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal) || p.Name.StartsWith("System.Runtime.", StringComparison.Ordinal)).Select(p => $"{p.Name}={p.Value}"))
                : "(none)";
        }
    }

    internal sealed record LoadResult(
        string Name,
        double ColdStartMs,
        long Requests,
        long Errors,
        double Seconds,
        double P50Ms,
        double P99Ms,
        double WarmRssMiB,
        double MaxRssMiB,
        double EndRssMiB,
        IReadOnlyList<double> RssSeries)
    {
        public double Throughput => Requests / Seconds;
    }

    internal static class LoadRun
    {
        // The three kinds of question, several wordings each; the echo bot gets the same text.
        private static readonly string[] Questions =
        [
            "Wie ist die Telefonnummer vom Bürgerbüro?",
            "Wie erreiche ich das Bürgerbüro?",
            "Telefonnummer Buergerbuero",
            "Wann hat der Bürgermeister Sprechstunde?",
            "Ist der Bürgermeister morgen zu sprechen?",
            "Wann ist die nächste Sprechstunde?",
            "Was gibt es Neues?",
            "Wie viel kostet die digitale Ausstattung der Schulen?",
            "Gibt es Neuigkeiten aus dem Juni 2020?",
        ];

        /// <summary>
        /// Starts <paramref name="bot"/> to carry load: its cold start is the median of <see cref="BenchOptions.Starts"/>
        /// starts (a 2-core machine, disk cache and the runtime's own start make one start vary by half), the last of
        /// which stays up.
        /// </summary>
        public static async Task<ServedBot> StartAsync(BotUnderTest bot, BenchOptions options)
        {
            var coldStarts = new List<double>();
            for (var i = 1; i < options.Starts; i++)
            {
                coldStarts.Add(await ColdStartAsync(bot));
            }

            var url = $"http://127.0.0.1:{FreePort()}";
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
            var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var clock = Stopwatch.StartNew();
            var process = Process.Start(StartInfo(bot, url)) ?? throw new InvalidOperationException($"Could not start {bot.Name}.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{bot.Name}] {e.Data}"); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var served = new ServedBot(bot, process, client, options.Connections, options.NewDates);
            try
            {
                coldStarts.Add(await FirstAnswerAsync(client, process, clock));
            }
            catch
            {
                await served.DisposeAsync();
                throw;
            }

            served.ColdStartMs = coldStarts.Order().ElementAt(coldStarts.Count / 2);
            Console.WriteLine($"{bot.Name} (pid {process.Id}): first answer after process start, median of {coldStarts.Count}: {served.ColdStartMs:0} ms ({string.Join(", ", coldStarts.Select(c => c.ToString("0", CultureInfo.InvariantCulture)))})");
            return served;
        }

        /// <summary>A bot process kept up for load, with what was measured of it so far.</summary>
        internal sealed class ServedBot(BotUnderTest bot, Process process, HttpClient client, int connections, bool newDates) : IAsyncDisposable
        {
            private readonly List<long> _latencies = [];
            private readonly List<double> _rss = [];
            private long _requests;
            private long _errors;
            private TimeSpan _measured;
            private double _warmRss;

            public BotUnderTest Bot => bot;

            public double ColdStartMs { get; set; }

            public async Task WarmAsync(TimeSpan duration)
            {
                await DriveAsync(client, connections, duration, latencies: null, newDates);
                process.Refresh();
                _warmRss = process.WorkingSet64 / 1048576.0;
            }

            /// <summary>Drives the bot for <paramref name="duration"/>, sampling its RSS every second meanwhile.</summary>
            /// <returns>The slice's own answers per second, so a bot still compiling its code shows in the first ones.</returns>
            public async Task<double> MeasureAsync(TimeSpan duration)
            {
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
                    while (await timer.WaitForNextTickAsync(sampling.Token).ConfigureAwait(false))
                    {
                        process.Refresh();
                        lock (_rss)
                        {
                            _rss.Add(process.WorkingSet64 / 1048576.0);
                        }
                    }
                });

                var latencies = new List<long>[connections];
                var (requests, errors, elapsed) = await DriveAsync(client, connections, duration, latencies, newDates);
                await sampling.CancelAsync();
                try
                {
                    await sampler;
                }
                catch (OperationCanceledException)
                {
                }

                _requests += requests;
                _errors += errors;
                _measured += elapsed;
                _latencies.AddRange(latencies.Where(l => l is not null).SelectMany(l => l));
                return requests / elapsed.TotalSeconds;
            }

            public LoadResult Result()
            {
                process.Refresh();
                var endRss = process.WorkingSet64 / 1048576.0;
                var all = _latencies.Order().ToArray();
                double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
                return new LoadResult(bot.Name, ColdStartMs, _requests, _errors, _measured.TotalSeconds, Percentile(0.50), Percentile(0.99),
                    _warmRss, _rss.DefaultIfEmpty(endRss).Max(), endRss, _rss.ToList());
            }

            public async ValueTask DisposeAsync()
            {
                client.Dispose();
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }

                process.Dispose();
            }
        }

        private static ProcessStartInfo StartInfo(BotUnderTest bot, string url)
        {
            // Run from the publish folder, as deployed: that is the content root, which the host's configuration
            // watches with all its subfolders. From the project folder, Haltern.Bot's content root would hold the
            // Web Chat page's build tools and bin/obj, thousands of folders walked at every start: a cost no
            // deployment pays.
            var start = new ProcessStartInfo("dotnet", $"\"{bot.DllPath}\" --urls {url} {bot.Arguments}")
            {
                WorkingDirectory = bot.PublishDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Bot__AllowAnonymous"] = "true"; // isolated loopback benchmark: the documented opt-out
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            return start;
        }

        /// <summary>Starts the bot, waits for its first answer, stops it: milliseconds from start to answer.</summary>
        private static async Task<double> ColdStartAsync(BotUnderTest bot)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            using var handler = new SocketsHttpHandler { UseProxy = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(StartInfo(bot, url)) ?? throw new InvalidOperationException($"Could not start {bot.Name}.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                return await FirstAnswerAsync(client, process, clock);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        private static async Task<double> FirstAnswerAsync(HttpClient client, Process process, Stopwatch clock)
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The bot exited with code {process.ExitCode} before answering.");
                }

                try
                {
                    using var response = await client.PostAsync("/api/messages", Body(Questions[0]));
                    if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"text\"", StringComparison.Ordinal))
                    {
                        return clock.Elapsed.TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(5);
            }

            throw new TimeoutException("No answer within 120 s.");
        }

        private static async Task<(long Requests, long Errors, TimeSpan Elapsed)> DriveAsync(HttpClient client, int connections, TimeSpan duration, List<long>[]? latencies, bool newDates)
        {
            long requests = 0;
            long errors = 0;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
            {
                var mine = new List<long>(100_000);
                if (latencies is not null)
                {
                    latencies[worker] = mine;
                }

                var random = new Random(worker);
                while (clock.Elapsed < duration)
                {
                    var started = Stopwatch.GetTimestamp();
                    var ok = false;
                    try
                    {
                        using var response = await client.PostAsync("/api/messages", Body(Question(random, newDates))).ConfigureAwait(false);
                        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                        ok = response.StatusCode == HttpStatusCode.OK && body.Contains("\"text\"", StringComparison.Ordinal);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                    {
                    }

                    mine.Add(Stopwatch.GetTimestamp() - started);
                    Interlocked.Increment(ref requests);
                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            })).ToArray();
            await Task.WhenAll(workers);
            return (requests, errors, clock.Elapsed);
        }

        /// <summary>
        /// One of <see cref="Questions"/>; with <paramref name="newDates"/>, a question that names a date names a random
        /// day instead, so that no cache, the recognizers' own included, has read the date phrase before.
        /// </summary>
        private static string Question(Random random, bool newDates)
        {
            var question = Questions[random.Next(Questions.Length)];
            if (!newDates || !DateQuestions.TryGetValue(question, out var template))
            {
                return question;
            }

            var day = new DateOnly(1990, 1, 1).AddDays(random.Next(36_500));
            return string.Format(CultureInfo.InvariantCulture, template, day.Day, Months[day.Month - 1], day.Year);
        }

        /// <summary>The date questions of <see cref="Questions"/> with a day put in: {0} day, {1} month, {2} year.</summary>
        private static readonly Dictionary<string, string> DateQuestions = new(StringComparer.Ordinal)
        {
            ["Ist der Bürgermeister morgen zu sprechen?"] = "Ist der Bürgermeister am {0}. {1} {2} zu sprechen?",
            ["Gibt es Neuigkeiten aus dem Juni 2020?"] = "Gibt es Neuigkeiten vom {0}. {1} {2}?",
        };

        private static readonly string[] Months =
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

        private static StringContent Body(string question)
        {
            var json = $$"""
                {"type":"message","id":"{{Guid.NewGuid():N}}","timestamp":"{{DateTime.UtcNow:O}}","channelId":"emulator",
                 "serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","locale":"de-DE",
                 "from":{"id":"bench-user","role":"user"},"recipient":{"id":"bot","role":"bot"},
                 "conversation":{"id":"{{Guid.NewGuid():N}}"},"text":"{{question}}"}
                """;
            return new StringContent(json, Encoding.UTF8, "application/json");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    internal static class Report
    {
        public static void Print(LoadResult bare, LoadResult bot)
        {
            Console.WriteLine();
            Console.WriteLine("| | bare echo bot | Haltern.Bot | ratio (Haltern / bare) | goal |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            Row("throughput (answers/s)", bare.Throughput, bot.Throughput, "0", bot.Throughput / bare.Throughput, ">= 0.9");
            Row("p50 latency (ms)", bare.P50Ms, bot.P50Ms, "0.00", bot.P50Ms / bare.P50Ms, "");
            Row("p99 latency (ms)", bare.P99Ms, bot.P99Ms, "0.00", bot.P99Ms / bare.P99Ms, "<= 1.5");
            Row("cold start, process start to first answer (ms)", bare.ColdStartMs, bot.ColdStartMs, "0", bot.ColdStartMs / bare.ColdStartMs, "<= 2");
            Row("memory after warm-up (RSS MiB)", bare.WarmRssMiB, bot.WarmRssMiB, "0", bot.WarmRssMiB / bare.WarmRssMiB, "");
            Row("memory, highest under load (RSS MiB)", bare.MaxRssMiB, bot.MaxRssMiB, "0", bot.MaxRssMiB / bare.MaxRssMiB, "");
            Console.WriteLine($"| requests / errors in {bot.Seconds:0} s | {bare.Requests} / {bare.Errors} | {bot.Requests} / {bot.Errors} | | no errors |");
            Console.WriteLine();
            foreach (var result in new[] { bare, bot })
            {
                var flat = result.MaxRssMiB / result.WarmRssMiB;
                Console.WriteLine($"{result.Name}: memory flatness over {result.Seconds:0} s: highest {result.MaxRssMiB:0} MiB / warmed-up {result.WarmRssMiB:0} MiB = {flat:0.00} (goal <= 1.5); " +
                                  $"RSS every 10 s: {string.Join(", ", result.RssSeries.Where((_, i) => i % 10 == 9).Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} MiB");
            }
        }

        private static void Row(string name, double bare, double bot, string format, double ratio, string goal) =>
            Console.WriteLine($"| {name} | {bare.ToString(format, CultureInfo.InvariantCulture)} | {bot.ToString(format, CultureInfo.InvariantCulture)} | {ratio.ToString("0.00", CultureInfo.InvariantCulture)} | {goal} |");
    }

    internal static class Processes
    {
        public static async Task RunAsync(string file, string arguments, string workingDirectory)
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, UseShellExecute = false })
                ?? throw new InvalidOperationException($"Could not start {file}.");
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode}.");
            }
        }
    }

    internal static class Machine
    {
        public static string Cpu() =>
            File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
                : "unknown CPU";

        /// <summary>The 1-minute load average: on a shared machine, what else competed for the cores.</summary>
        public static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        public static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
    }
}
