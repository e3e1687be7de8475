using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Ist das Rathaus am Ostermontag offen?" names no office: on a day every office is shut (a public holiday, a closure
/// all their files give) the town hall is closed, and why, with any office that opens anyway; on another day, which
/// office is meant is asked. The harness's clock stands on Tuesday, 1 December 2026.
/// </summary>
public sealed class TownHallClosedDayTests : IDisposable
{
    private static readonly Closure NewYearsEve = new(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), "Silvester");

    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Phone = "0123 456-100",
                Paragraphs = ["Das Bürgerbüro stellt Ausweise aus."],
                Hours = new WeeklyHours(new[] { "Mo-Fr 08:00-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []) { Closures = [NewYearsEve] },
            },
            new Service
            {
                Id = "services/standesamt.md",
                Title = "Standesamt",
                Phone = "0123 456-130",
                Paragraphs = ["Das Standesamt beurkundet Geburten."],
                Hours = new WeeklyHours(new[] { "Mo-Do 08:30-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []) { Closures = [NewYearsEve] },
            },
            new Service
            {
                Id = "services/hallenbad.md",
                Title = "Hallenbad",
                Phone = "0123 456-700",
                Paragraphs = ["Das Hallenbad hat ein Sportbecken."],
                Hours = new WeeklyHours(new[] { "Mo-Fr 14:00-21:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []) { OpenOnHolidays = true },
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void On_a_public_holiday_the_town_hall_is_closed_and_an_office_open_anyway_is_named()
    {
        var reply = _town.Ask("Ist das Rathaus am Ostermontag offen?");

        Assert.StartsWith("Nein", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ostermontag", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Hallenbad", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_in_English_the_holiday_is_named_in_English()
    {
        var reply = _town.Ask("Is the town hall open on Easter Monday?");

        Assert.StartsWith("No", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Easter Monday", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_day_an_open_office_does_not_close_which_office_is_asked()
    {
        var reply = _town.Ask("Hat das Rathaus an Silvester auf?");

        Assert.DoesNotContain("Nein", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_day_every_office_closes_the_town_hall_is_closed_for_their_reason()
    {
        using var hall = new AssistantHarness(
            [],
            [
                new Service
                {
                    Id = "services/buergerbuero.md",
                    Title = "Bürgerbüro",
                    Hours = new WeeklyHours(new[] { "Mo-Fr 08:00-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []) { Closures = [NewYearsEve] },
                },
                new Service
                {
                    Id = "services/standesamt.md",
                    Title = "Standesamt",
                    Hours = new WeeklyHours(new[] { "Mo-Do 08:30-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []) { Closures = [NewYearsEve] },
                },
            ]);

        var reply = hall.Ask("Hat das Rathaus an Silvester auf?");

        Assert.StartsWith("Nein", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Silvester", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_working_day_which_office_is_meant_is_asked()
    {
        var reply = _town.Ask("Ist das Rathaus am Mittwoch offen?");

        Assert.DoesNotContain("geschlossen", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja", reply.Text, StringComparison.Ordinal);
    }
}
