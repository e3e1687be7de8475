using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie lange ist/war … zu?" asks how long a closure lasts: the office's hours answer it with the closure that
/// keeps it shut today or in the days named; a closure the file does not hold (one gone by, told by an article) is
/// the article's length, not the week's hours. The harness's clock stands on Tuesday, 1 December 2026.
/// </summary>
public sealed class HowLongClosedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-10-hallenbad.md",
                Title = "Hallenbad wieder geöffnet",
                Date = new DateOnly(2026, 9, 10),
                Teaser = "Nach elf Monaten Umbau ist das Hallenbad am Wall wieder geöffnet.",
                Paragraphs = ["Die Sanierung hat 6,2 Millionen Euro gekostet."],
            },
        ],
        [
            new Service
            {
                Id = "services/hallenbad.md",
                Title = "Hallenbad am Wall",
                Phone = "0123 456-700",
                Paragraphs = ["Das Hallenbad am Wall hat ein Sportbecken und ein Lehrschwimmbecken."],
                Hours = new WeeklyHours(new[] { "Di-Fr 14:00-21:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), [])
                {
                    Closures = [new Closure(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 3), "Betriebsferien")],
                },
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_long_a_past_closure_lasted_is_the_articles_length()
    {
        var reply = _town.Ask("Wie lange war das Bad am Wall geschlossen?");

        Assert.Contains("elf Monaten", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_it_is_closed_in_the_days_named_is_the_offices_closure()
    {
        var reply = _town.Ask("Wie lange ist das Hallenbad über Weihnachten zu?");

        Assert.Contains("geschlossen", reply.Text, StringComparison.Ordinal);
        Assert.Contains("5. Januar 2027", reply.Text, StringComparison.Ordinal);
    }
}
