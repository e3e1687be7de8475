using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Bot.Benchmarks;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Haltern.Bot benchmark: generates N synthetic articles, builds the index, asks a mix of questions in process
// and over HTTP against the real bot, and prints build time, index size, memory and latency percentiles.
//   dotnet run -c Release --project bench/Haltern.Bot.Benchmarks -- [--sizes 1000,10000,100000] [--rounds 20] [--no-http] [--work DIR]
//     [--bot-env NAME=VALUE]... (environment for the bot process, e.g. DOTNET_gcServer=0)
var sizes = new[] { 1_000, 10_000, 100_000 };
var rounds = 20;
var http = true;
var work = Path.Combine(Path.GetTempPath(), "haltern-bench");
var botEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            break;
        case "--rounds" when i + 1 < args.Length:
            rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--no-http":
            http = false;
            break;
        case "--bot-env" when i + 1 < args.Length && args[i + 1].Contains('='):
            var setting = args[++i];
            botEnvironment[setting[..setting.IndexOf('=')]] = setting[(setting.IndexOf('=') + 1)..];
            break;
        case "--work" when i + 1 < args.Length:
            work = Path.GetFullPath(args[++i]);
            break;
        default:
            Console.Error.WriteLine("Usage: [--sizes 1000,10000,100000] [--rounds 20] [--no-http] [--work DIR] [--bot-env NAME=VALUE]...");
            return 2;
    }
}

string Metadata(string key) => typeof(ArticleGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
var botAssembly = Metadata("BotAssembly");
var shippedKnowledge = Metadata("KnowledgeFolder");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
var ct = cancellation.Token;

Console.WriteLine($"Haltern.Bot benchmark — {Environment.ProcessorCount} cores, {RuntimeInformationText()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var summary = new List<string>
{
    "| articles | load | index build | index size | memory (in process) | in-process p50 / p99 | bot answering after start | bot memory (RSS / peak) | HTTP p50 / p99 | \"Was gibt es Neues?\" HTTP p50 / p99 | live reload (change+add+delete): answered after / p99 meanwhile / highest RSS |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
};
var failures = 0;
foreach (var size in sizes)
{
    Console.WriteLine();
    Console.WriteLine($"== {size:N0} articles ==");
    var folder = Path.Combine(work, $"knowledge-{size}");
    var watch = Stopwatch.StartNew();
    var articles = await ArticleGenerator.EnsureAsync(folder, size, shippedKnowledge, ct);
    Console.WriteLine($"generated/checked {articles:N0} article files in {watch.Elapsed.TotalSeconds:F1} s ({folder})");

    // In process: the loader, the index build on disk (for its size), then the assistant over that index.
    watch.Restart();
    var knowledge = new KnowledgeLoader().Load(folder);
    var load = watch.Elapsed;
    Console.WriteLine($"load:  {load.TotalSeconds,6:F1} s  {knowledge.Articles.Count:N0} articles, {knowledge.Services.Count} services, {knowledge.Skipped.Count} skipped");

    var indexFolder = Path.Combine(work, $"index-{size}");
    if (System.IO.Directory.Exists(indexFolder))
    {
        System.IO.Directory.Delete(indexFolder, recursive: true);
    }

    watch.Restart();
    using var index = KnowledgeIndex.Build(knowledge, FSDirectory.Open(indexFolder));
    var build = watch.Elapsed;
    var indexBytes = new DirectoryInfo(indexFolder).EnumerateFiles().Sum(f => f.Length);
    Console.WriteLine($"build: {build.TotalSeconds,6:F1} s  index {indexBytes / (1024.0 * 1024.0):F0} MiB on disk");

    var services = new ServiceCollection();
    services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:Path"] = folder })
        .Build());
    services.AddLogging();
    services.AddCitizenAssistant(folder);
    services.AddSingleton<IKnowledgeIndexProvider>(new FixedIndexProvider(index));
    await using var provider = services.BuildServiceProvider();
    var assistant = provider.GetRequiredService<ICitizenAssistant>();

    var inProcess = new Dictionary<string, Latencies>();
    for (var round = 0; round <= rounds; round++)
    {
        foreach (var (kind, text) in QuestionMix.All)
        {
            var asked = Stopwatch.StartNew();
            var reply = await assistant.AnswerAsync(new Question(text, "de-DE"), new ConversationMemory(), ct);
            asked.Stop();
            if (round == 0)
            {
                failures += Check(kind, reply.Text, "in process");
                continue; // the first round warms up
            }

            (inProcess.TryGetValue(kind, out var l) ? l : inProcess[kind] = new Latencies()).Add(asked.Elapsed);
        }
    }

    var newest = new Latencies();
    for (var i = 0; i < 200; i++)
    {
        var t = Stopwatch.StartNew();
        _ = index.NewestArticles(5);
        newest.Add(t.Elapsed);
    }

    var may = index.NewestArticles(1000, new DateOnly(2019, 5, 1), new DateOnly(2019, 6, 1));
    var expectedNewest = knowledge.Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).Take(5).Select(a => a.Id);
    if (!index.NewestArticles(5).Select(a => a.Id).SequenceEqual(expectedNewest))
    {
        Console.WriteLine("CHECK FAILED: index.NewestArticles(5) are not the five newest articles");
        failures++;
    }

    Console.WriteLine($"index.NewestArticles(5): {newest}");
    Console.WriteLine($"\"im Mai 2019\": {may.Count} articles, all in May 2019: {may.All(a => a.Date is { Year: 2019, Month: 5 })}; "
        + $"in the knowledge: {knowledge.Articles.Count(a => a.Date is { Year: 2019, Month: 5 })}");
    var all = new Latencies();
    foreach (var (kind, latencies) in inProcess.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  in process {kind,-11} {latencies}");
        all.AddRange(latencies);
    }

    StageProfile.Print(provider.GetRequiredService<Haltern.Assistant.Understanding.QuestionReader>(), provider.GetRequiredService<KnowledgeSearch>(), index, Math.Max(3, rounds / 4));

    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var (rss, peak) = ProcessMemory.Read(Environment.ProcessId);
    Console.WriteLine($"in process all         {all}; memory {ProcessMemory.Format(rss)} (peak {ProcessMemory.Format(peak)}), managed heap {ProcessMemory.Format(GC.GetTotalMemory(false))}");

    var row = $"| {articles:N0} | {load.TotalSeconds:F1} s | {build.TotalSeconds:F1} s | {indexBytes / (1024.0 * 1024.0):F0} MiB | {ProcessMemory.Format(rss)} | {all.Percentile(50):F1} / {all.Percentile(99):F1} ms |";
    if (http)
    {
        await LiveReloadMeasurement.PrepareAsync(folder, ct);
        await using var bot = BotProcess.Start(botAssembly, folder, indexPath: null, botEnvironment);
        var ready = await bot.WaitUntilAnsweringAsync(TimeSpan.FromMinutes(15), ct);
        Console.WriteLine($"bot answering {ready.TotalSeconds:F1} s after its process started");
        var overHttp = new Dictionary<string, Latencies>();
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (kind, text) in QuestionMix.All)
            {
                var asked = Stopwatch.StartNew();
                var reply = await bot.AskAsync(text, ct);
                asked.Stop();
                if (round == 0)
                {
                    failures += Check(kind, reply, "over HTTP");
                    continue;
                }

                (overHttp.TryGetValue(kind, out var l) ? l : overHttp[kind] = new Latencies()).Add(asked.Elapsed);
            }
        }

        var allHttp = new Latencies();
        foreach (var (kind, latencies) in overHttp.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  HTTP {kind,-17} {latencies}");
            allHttp.AddRange(latencies);
        }

        var (botRss, botPeak) = bot.Memory();
        Console.WriteLine($"HTTP all               {allHttp}; bot memory {ProcessMemory.Format(botRss)} (peak {ProcessMemory.Format(botPeak)})");

        // Live reload under load: staff change, add and delete an article in one burst while citizens keep asking.
        var reload = await LiveReloadMeasurement.RunAsync(bot, folder, concurrency: 4, ct);
        Console.WriteLine($"live reload (1 changed, 1 added, 1 deleted, 4 citizens asking): all answered after {reload.AnsweredAfter?.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) ?? "NEVER"} s; "
            + $"questions in the 3 s before {reload.Before}, from the burst until 3 s after {reload.Meanwhile}, {reload.Failed} failed; bot memory {ProcessMemory.Format(reload.RssBefore)} before, "
            + $"highest {ProcessMemory.Format(reload.PeakRssDuring)} during (sampled every 50 ms), process peak {ProcessMemory.Format(reload.PeakRssOfProcess)}");
        if (reload.AnsweredAfter is null || reload.Failed > 0)
        {
            failures++;
        }

        await bot.DisposeAsync(); // stopped before the next bot starts

        // Knowledge:IndexPath: the first start builds the index on disk, a restart on the unchanged folder reuses it.
        var onDisk = Path.Combine(work, $"persisted-{size}");
        if (System.IO.Directory.Exists(onDisk))
        {
            System.IO.Directory.Delete(onDisk, recursive: true);
        }

        TimeSpan coldWithIndexPath, warmWithIndexPath;
        await using (var cold = BotProcess.Start(botAssembly, folder, onDisk, botEnvironment))
        {
            coldWithIndexPath = await cold.WaitUntilAnsweringAsync(TimeSpan.FromMinutes(15), ct);
        }

        await using (var warm = BotProcess.Start(botAssembly, folder, onDisk, botEnvironment))
        {
            warmWithIndexPath = await warm.WaitUntilAnsweringAsync(TimeSpan.FromMinutes(15), ct);
            failures += Check("needle", await warm.AskAsync(ArticleGenerator.NeedleQuestion, ct), "after restart from Knowledge:IndexPath");
        }

        Console.WriteLine($"with Knowledge:IndexPath: first start answering after {coldWithIndexPath.TotalSeconds:F1} s, restart on the unchanged folder {warmWithIndexPath.TotalSeconds:F1} s");
        row += $" {ready.TotalSeconds:F1} s (IndexPath: {coldWithIndexPath.TotalSeconds:F1} s, restart {warmWithIndexPath.TotalSeconds:F1} s) | {ProcessMemory.Format(botRss)} / {ProcessMemory.Format(botPeak)} | {allHttp.Percentile(50):F1} / {allHttp.Percentile(99):F1} ms | {overHttp["news"].Percentile(50):F1} / {overHttp["news"].Percentile(99):F1} ms | {reload.AnsweredAfter?.TotalSeconds:F2} s / {reload.Meanwhile.Percentile(99):F1} ms (before: {reload.Before.Percentile(99):F1} ms) / {ProcessMemory.Format(reload.PeakRssDuring)} (process peak {ProcessMemory.Format(reload.PeakRssOfProcess)}) |";
    }
    else
    {
        row += " – | – | – | – | – |";
    }

    summary.Add(row);
}

Console.WriteLine();
summary.ForEach(Console.WriteLine);
Console.WriteLine(failures == 0 ? "All checks passed (needle found, \"im Mai 2019\" narrowed)." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;

static int Check(string kind, string reply, string where)
{
    var ok = kind switch
    {
        "needle" => reply.Contains(ArticleGenerator.NeedleAnswer, StringComparison.Ordinal),
        "news-month" => MonthDates(reply) is { Count: > 0 } dates && dates.All(d => d is "Mai 2019" or "05.2019"),
        "news" => reply.Length > 0,
        _ => true,
    };
    if (!ok)
    {
        Console.WriteLine($"CHECK FAILED ({where}) for {kind}: {reply.ReplaceLineEndings(" ")[..Math.Min(300, reply.Length)]}");
    }

    return ok ? 0 : 1;
}

// "12. Mai 2019" → "Mai 2019", "12.05.2019" → "05.2019": the month and year of every date a reply names.
static List<string> MonthDates(string text) =>
    Regex.Matches(text, @"\b\d{1,2}\.\s?(?<m>[A-Za-zäÄ]+ \d{4}|\d{2}\.\d{4})\b").Select(m => m.Groups["m"].Value).ToList();

static string RuntimeInformationText() =>
    $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

/// <summary>Serves one index built by the benchmark.</summary>
internal sealed class FixedIndexProvider(KnowledgeIndex index) : IKnowledgeIndexProvider
{
    public KnowledgeIndex Current { get; } = index;
}
