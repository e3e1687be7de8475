using System.Diagnostics;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Bot.Benchmarks;

/// <summary>
/// Where the time of one answer goes: the same stages the assistant runs (reading the question with the
/// recognizers, turning it into query terms against the index's vocabulary, the service, passage and article
/// searches, the search for the general contact every answer names), timed one by one.
/// </summary>
internal static class StageProfile
{
    public static void Print(QuestionReader reader, KnowledgeSearch search, KnowledgeIndex index, int rounds)
    {
        var stages = new Dictionary<string, Latencies>(StringComparer.Ordinal);
        void Time(string stage, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            (stages.TryGetValue(stage, out var l) ? l : stages[stage] = new Latencies()).Add(watch.Elapsed);
        }

        var now = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Unspecified);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (_, text) in QuestionMix.All)
            {
                ReadQuestion read = null!;
                IReadOnlyList<QueryTerm> terms = [];
                Time("1 read question (recognizers)", () => read = reader.Read(text, "de-DE", now));
                Time("2 query terms (decompound, fuzzy)", () => terms = search.Terms(index, read.Text, read.CueWords));
                Time("3 services search", () => search.Services(index, terms));
                Time("4 passages search", () => search.Passages(index, terms));
                Time("5 articles search", () => search.Articles(index, terms));
                Time("6 newest 5 articles", () => index.NewestArticles(5));
                Time("7 general contact (terms+services)", () => search.Services(index, search.Terms(index, "Bürgerbüro", [])));
            }

            if (round == 0)
            {
                stages.Clear(); // warm-up
            }
        }

        foreach (var (stage, latencies) in stages.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  stage {stage,-36} {latencies}");
        }
    }
}
