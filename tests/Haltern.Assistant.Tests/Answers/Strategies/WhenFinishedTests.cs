using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann ist … fertig?" of a building: the sentence that says when it is moved into, goes into operation, opens or is
/// finished answers, not the groundbreaking the lead dates nor a deadline for something else ("bis zum 30. April"); the
/// end of an event is not its opening.
/// </summary>
public sealed class WhenFinishedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2027-03-25-geraetehaus.md",
                Title = "Spatenstich für das Gerätehaus in Norddorf",
                Date = new DateOnly(2027, 3, 25),
                Teaser = "Am Mittwoch haben Bürgermeister und Wehrleiter den ersten Spatenstich für das Gerätehaus gesetzt.",
                Paragraphs =
                [
                    "Das Gerätehaus erhält zwei Fahrzeughallen und einen Schulungsraum.",
                    "Die Bauzeit beträgt 18 Monate, sodass die Löschgruppe im Herbst 2028 einziehen kann.",
                ],
            },
            new Article
            {
                Id = "news/2027-03-15-ogs-anbau.md",
                Title = "Offener Ganztag: Anbau an der Grundschule Am Bach",
                Date = new DateOnly(2027, 3, 15),
                Teaser = "60 zusätzliche Plätze für den Ganztag.",
                Paragraphs =
                [
                    "Der zweigeschossige Anbau mit Mensa und drei Gruppenräumen kostet 2,6 Millionen Euro.",
                    "Baubeginn ist nach den Osterferien, fertig sein soll der Anbau zum Schuljahresbeginn im August 2028.",
                    "Anmeldungen für einen Platz im Schuljahr 2027/28 nimmt die Schulleiterin bis zum 30. April entgegen.",
                ],
            },
            new Article
            {
                Id = "news/2027-02-10-familienzentrum.md",
                Title = "Familienzentrum Lindenhof",
                Date = new DateOnly(2027, 2, 10),
                Teaser = "Am Lindenhof entsteht ein Familienzentrum mit Kita und Beratung.",
                Paragraphs =
                [
                    "Die Stadt investiert dafür 3,1 Millionen Euro.",
                    "Die Eröffnung des Familienzentrums ist für den 1. September 2028 geplant.",
                    "Anträge auf einen Kitaplatz nimmt das Jugendamt bis zum 31. März entgegen.",
                ],
            },
            new Article
            {
                Id = "news/2026-11-19-weihnachtsmarkt.md",
                Title = "Weihnachtsmarkt am Rathaus",
                Date = new DateOnly(2026, 11, 19),
                Teaser = "Der Weihnachtsmarkt hat vom 27. November bis zum 23. Dezember geöffnet.",
                Paragraphs = ["Die Bürgermeisterin eröffnet den Markt am 27. November um 17 Uhr."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void When_a_building_is_finished_is_when_it_is_moved_into()
    {
        var reply = _town.Ask("Wann ist das Gerätehaus in Norddorf fertig?");

        Assert.Contains("Herbst 2028", reply.Text);
    }

    [Theory]
    [InlineData("Wann ist der Anbau für den Ganztag fertig?", "August 2028", "30. April")]
    [InlineData("Wann ist das Familienzentrum fertig?", "1. September 2028", "31. März")]
    public void Finished_is_said_by_a_word_of_finishing_or_opening_not_by_a_deadline(string question, string expected, string deadline)
    {
        var reply = _town.Ask(question);

        Assert.Contains(expected, reply.Text);
        Assert.DoesNotContain(deadline, reply.Text);
    }

    [Fact]
    public void The_end_of_an_event_is_not_its_opening()
    {
        var reply = _town.Ask("When does the Christmas market end?");

        Assert.Contains("23. Dezember", reply.Text);
    }
}
