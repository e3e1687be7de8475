using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Bis wann hat das Freibad diese Saison auf?" asks until when over a season, not today's closing time: the day before
/// the next closure of two weeks or more (a "Saisonpause") and where the place is closed for one now, until when; where
/// the file lists no such closure, the sentence of its text that says until when. Asked of a day, the day's hours. The
/// harness's clock stands on Tuesday, 1 December 2026.
/// </summary>
public sealed class SeasonEndTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/freibad.md",
                Title = "Waldfreibad",
                Phone = "0123 456-720",
                Paragraphs = ["Das Waldfreibad hat ein 50-Meter-Becken und ein Kinderbecken."],
                Hours = new WeeklyHours(new[] { "Mo-So 09:00-19:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), [])
                {
                    Closures =
                    [
                        new Closure(new DateOnly(2026, 9, 14), new DateOnly(2027, 5, 14), "Saisonpause"),
                        new Closure(new DateOnly(2027, 9, 13), new DateOnly(2027, 12, 31), "Saisonpause"),
                    ],
                },
            },
            new Service
            {
                Id = "services/eisbahn.md",
                Title = "Eisbahn am Markt",
                Phone = "0123 456-730",
                Paragraphs = ["Die Eisbahn am Markt ist in der Saison vom 28. November bis zum 10. Januar täglich geöffnet."],
                Hours = new WeeklyHours(new[] { "Mo-So 11:00-21:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []),
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Until_when_over_a_season_is_the_day_before_the_next_season_break()
    {
        var reply = _town.Ask("Bis wann hat das Freibad diesen Sommer auf?");

        Assert.Contains("12. September 2027", reply.Text, StringComparison.Ordinal);
        Assert.Contains("14. Mai 2027", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_when_over_a_season_without_breaks_listed_is_the_sentence_that_says_it()
    {
        var reply = _town.Ask("Bis wann hat die Eisbahn diese Saison auf?");

        Assert.Contains("10. Januar", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_when_on_a_day_is_the_days_closing_time()
    {
        var reply = _town.Ask("Bis wann hat die Eisbahn heute auf?");

        Assert.Contains("21:00", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("10. Januar", reply.Text, StringComparison.Ordinal);
    }
}
