namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>Hours asked of a service whose file gives none: no day or time is made up.</summary>
public sealed class HoursStrategyTests : IDisposable
{
    private readonly AssistantHarness _town = SmallTown.Harness();

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_holiday_asked_of_a_service_without_hours_is_named_and_its_hours_are_not_known()
    {
        var reply = _town.Ask("Hat die Bürgermeisterin am 25. Dezember Sprechstunde?");

        Assert.Equal("hours", _town.Chosen("Hat die Bürgermeisterin am 25. Dezember Sprechstunde?").Strategy);
        Assert.Contains("Feiertag (Weihnachtstag)", reply.Text);
        Assert.Contains("weiß ich leider nicht", reply.Text);
        Assert.DoesNotMatch(@"(?m)^\s*Ja\b", reply.Text);
    }

    [Fact]
    public void A_working_day_asked_of_a_service_without_hours_names_no_holiday()
    {
        var reply = _town.Ask("Hat die Bürgermeisterin am 3. Dezember Sprechstunde?");

        Assert.DoesNotContain("Feiertag", reply.Text);
        Assert.Contains("nicht bekannt", reply.Text);
    }
}
