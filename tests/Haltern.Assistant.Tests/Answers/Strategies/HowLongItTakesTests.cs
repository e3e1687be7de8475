using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie lange dauert es, bis mein Reisepass fertig ist?" asks how long a thing takes, not until when the office that
/// issues it is open: where nothing says how long, the honest "weiß ich nicht" with the office as the way onward;
/// "Bis wann hat … auf?" still asks for its hours.
/// </summary>
public sealed class HowLongItTakesTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Keywords = ["Reisepass", "Personalausweis"],
                Hours = new WeeklyHours(HoursParser.Parse("Mo-Fr 08:00-12:30").Slots, []),
                Paragraphs = ["Im Bürgerbüro beantragen Sie Reisepass und Personalausweis."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_long_a_passport_takes_is_not_the_offices_hours()
    {
        var reply = _town.Ask("Wie lange dauert es, bis mein Reisepass fertig ist?");

        Assert.DoesNotContain("12:30", reply.Text, StringComparison.Ordinal);
        Assert.Contains("leider", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bis wann hat das Bürgerbüro am Montag auf?")]
    [InlineData("Bis wann hat das Bürgerbüro auf?")]
    public void Until_when_the_office_is_open_is_its_hours(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("12:30", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_when_a_thing_must_be_done_is_not_an_offices_hours()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2027-03-02-waermeplanung.md",
                    Title = "Stadt beginnt mit der Wärmeplanung",
                    Date = new DateOnly(2027, 3, 2),
                    Paragraphs = ["Die Stadt lässt einen kommunalen Wärmeplan erstellen. Nach dem Wärmeplanungsgesetz muss sie ihn bis zum 30. Juni 2028 vorlegen."],
                },
            ],
            [
                new Service
                {
                    Id = "services/klimaschutz.md", Title = "Klimaschutzmanagement", Phone = "0123 456-500", Keywords = ["Wärmeplan", "Wärmeplanung"],
                    Hours = new WeeklyHours(HoursParser.Parse("Mo-Do 09:00-12:00").Slots, []),
                    Paragraphs = ["Das Klimaschutzmanagement koordiniert die Wärmeplanung."],
                },
            ]);

        var reply = town.Ask("Bis wann muss die Stadt einen Wärmeplan haben?");

        Assert.Contains("30. Juni 2028", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_when_an_event_is_open_on_a_day_is_said_by_its_article()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-11-19-weihnachtsmarkt.md",
                    Title = "Weihnachtsmarkt an der Kirche",
                    Date = new DateOnly(2026, 11, 19),
                    Paragraphs =
                    [
                        "Der Weihnachtsmarkt rund um die Kirche öffnet am Freitag, 27. November, und dauert bis zum 23. Dezember. "
                        + "Geöffnet ist montags bis donnerstags von 14 bis 20 Uhr, freitags und samstags von 12 bis 22 Uhr.",
                    ],
                },
            ],
            []);

        town.Ask("Weihnachtsmarkt");
        var reply = town.Ask("Bis wann hat der am Samstag auf?");

        Assert.Contains("22 Uhr", reply.Text, StringComparison.Ordinal);
    }
}
