using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Haltern.Bench;

/// <summary>Drives a bot's <c>/api/messages</c>: the questions, the connections that send them, what is measured meanwhile.</summary>
internal static partial class LoadRun
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
}
