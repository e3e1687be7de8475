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
        await bot.PublishAsync(root);
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
