using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A weekday named as a rule ("mittwochs", "on Wednesdays") asks for that day's hours every week: where the next
/// such day is closed, the closure is said and then the hours of the next one that keeps them, never a bare "Nein".
/// The harness's clock stands on Tuesday, 1 December 2026.
/// </summary>
public sealed class WeekdayAsARuleTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/buergeramt.md",
                Title = "Bürgeramt",
                Phone = "0123 456-100",
                Paragraphs = ["Das Bürgeramt stellt Ausweise aus."],
                Hours = new WeeklyHours(
                    new[] { "Mo-Fr 08:00-12:00", "Mi 14:00-18:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), [])
                {
                    Closures = [new Closure(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2), "Personalversammlung")],
                },
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Bis wann hat das Bürgeramt mittwochs offen?")]
    [InlineData("Until when is the Bürgeramt open on Wednesdays?")]
    public void The_next_such_days_closure_is_said_and_then_the_days_regular_hours(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("Personal", reply.Text, StringComparison.Ordinal);
        Assert.Contains("18:00", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nein", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_whether_it_is_closed_as_a_rule_the_next_regular_day_is_no_bare_yes()
    {
        var reply = _town.Ask("Hat das Bürgeramt mittwochs geschlossen?");

        Assert.Contains("18:00", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_day_named_without_the_rule_is_that_day()
    {
        var reply = _town.Ask("Hat das Bürgeramt am Mittwoch offen?");

        Assert.Contains("Nein", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("18:00", reply.Text.Split("nächsten")[0], StringComparison.Ordinal);
    }
}
