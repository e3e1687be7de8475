using System.Diagnostics;

namespace Haltern.Bot.Benchmarks;

/// <summary>
/// Live reload under load: while citizens keep asking (several at a time), staff change one article, add one and
/// delete one in one burst. Measures the time from the burst until all three are answered (the changed amount,
/// the new article, the deleted one no longer), the questions asked meanwhile, and the bot's resident memory
/// sampled throughout. The folder is left as it was found.
/// </summary>
internal static class LiveReloadMeasurement
{
    private const string DoomedFile = "2026-11-29-faehranleger-muehlenbach.md";
    private const string DoomedQuestion = "Was kostet der Fähranleger am Mühlenbach?";
    private const string DoomedAnswer = "654.321 Euro";
    private const string DoomedArticle = "---\ntitle: Neuer Fähranleger am Mühlenbach\ndate: 2026-11-29\n---\nDer neue Fähranleger am Mühlenbach kostet 654.321 Euro.\n";
    private const string ChangedAnswer = "790.000 Euro";
    private const string ProbeFile = "2026-11-30-live-reload-probe.md";

    /// <summary>
    /// What was measured: the time from the burst until all three changes were answered; the questions of the 3 s
    /// before the burst (the same load without a reload, to compare with) and from the burst until 3 s after;
    /// failed questions; the highest resident memory sampled during, the process's peak, and the memory before.
    /// </summary>
    public sealed record Result(TimeSpan? AnsweredAfter, Latencies Before, Latencies Meanwhile, int Failed, long PeakRssDuring, long PeakRssOfProcess, long RssBefore);

    /// <summary>Writes the article the measurement will delete; call before the bot starts, so it is served.</summary>
    public static Task PrepareAsync(string folder, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(folder, "news", DoomedFile), DoomedArticle, cancellationToken);

    /// <summary>Runs the measurement on a bot serving <paramref name="folder"/> (prepared with <see cref="PrepareAsync"/>).</summary>
    public static async Task<Result> RunAsync(BotProcess bot, string folder, int concurrency, CancellationToken cancellationToken)
    {
        var news = Path.Combine(folder, "news");
        var needle = Path.Combine(news, ArticleGenerator.NeedleFile);
        var needleText = await File.ReadAllTextAsync(needle, cancellationToken);
        if (!(await bot.AskAsync(DoomedQuestion, cancellationToken)).Contains(DoomedAnswer, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The article to delete is not answered before the burst.");
        }

        using var stop = new CancellationTokenSource();
        var before = new Latencies();
        var meanwhile = new Latencies();
        var burstStarted = false;
        var failed = 0;
        var citizens = Enumerable.Range(0, concurrency).Select(citizen => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (_, text) in QuestionMix.All)
                {
                    var asked = Stopwatch.StartNew();
                    try
                    {
                        var duringBurst = Volatile.Read(ref burstStarted);
                        _ = await bot.AskAsync(text, cancellationToken);
                        lock (meanwhile)
                        {
                            (duringBurst ? meanwhile : before).Add(asked.Elapsed);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }
        }, CancellationToken.None)).ToArray();

        var (rssBefore, _) = bot.Memory();
        long peakDuring = rssBefore;
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakDuring = Math.Max(peakDuring, bot.Memory().Rss);
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);

        TimeSpan? answeredAfter = null;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // the load settles before the burst
            var burst = Stopwatch.StartNew();
            Volatile.Write(ref burstStarted, true);
            await File.WriteAllTextAsync(needle, needleText.Replace(ArticleGenerator.NeedleAnswer, ChangedAnswer, StringComparison.Ordinal), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(news, ProbeFile), ArticleGenerator.ProbeArticle, cancellationToken);
            File.Delete(Path.Combine(news, DoomedFile));
            while (burst.Elapsed < TimeSpan.FromMinutes(5))
            {
                if ((await bot.AskAsync(ArticleGenerator.NeedleQuestion, cancellationToken)).Contains(ChangedAnswer, StringComparison.Ordinal)
                    && (await bot.AskAsync(ArticleGenerator.ProbeQuestion, cancellationToken)).Contains(ArticleGenerator.ProbeAnswer, StringComparison.Ordinal)
                    && !(await bot.AskAsync(DoomedQuestion, cancellationToken)).Contains(DoomedAnswer, StringComparison.Ordinal))
                {
                    answeredAfter = burst.Elapsed;
                    break;
                }

                await Task.Delay(50, cancellationToken);
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // and after it, with the replaced index retired
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(citizens);
            await sampling;

            // Back as generated, for the runs that follow (the index on disk is keyed by the folder's content).
            await File.WriteAllTextAsync(needle, needleText, CancellationToken.None);
            File.Delete(Path.Combine(news, ProbeFile));
            File.Delete(Path.Combine(news, DoomedFile));
        }

        return new Result(answeredAfter, before, meanwhile, failed, peakDuring, bot.Memory().Peak, rssBefore);
    }
}
