using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie lange …?" where an article gives both a length ("rund zwei Jahre") and a deadline or the hours of a day ("bis
/// zum 31. Januar", "von 7 bis 13 Uhr"): the length answers, asked directly or as a follow-up.
/// </summary>
public sealed class LengthOverDeadlineTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-14-breitband-hoefe.md",
                Title = "Schnelles Internet für die Höfe",
                Date = new DateOnly(2026, 4, 14),
                Teaser = "Der Förderbescheid für den Breitbandausbau auf den Höfen liegt vor.",
                Paragraphs =
                [
                    "Die Stadt hat die Zusage für das Netz in den Außenbereichen erhalten.",
                    "Die Kosten von 3 Millionen Euro tragen Bund und Land.",
                    "Gebaut wird das Netz von einer Firma aus Münster.",
                    "Der Anschluss ist kostenlos, wenn der Vertrag bis zum 31. Januar unterschrieben wird.",
                    "Ansprechpartnerin ist Anna Berg; die Bauarbeiten sollen rund zwei Jahre dauern.",
                ],
            },
            new Article
            {
                Id = "news/2026-05-02-wochenmarkt.md",
                Title = "Wochenmarkt zieht für die Bauzeit um",
                Date = new DateOnly(2026, 5, 2),
                Teaser = "Der Wochenmarkt zieht auf den Parkplatz am Bahnhof.",
                Paragraphs =
                [
                    "Die Markttage bleiben Donnerstag und Samstag, jeweils von 7 bis 13 Uhr.",
                    "Der Umbau des Marktplatzes dauert voraussichtlich 18 Monate.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_long_far_from_the_lead_is_the_sentence_with_a_length_not_the_one_with_a_deadline()
    {
        var reply = _town.Ask("Wie lange dauert der Breitbandausbau?");

        Assert.Contains("zwei Jahre", reply.Text);
    }

    [Fact]
    public void How_long_as_a_follow_up_is_a_length_not_the_hours_of_a_day()
    {
        _town.Ask("Zieht der Wochenmarkt um?");
        var reply = _town.Ask("Wie lange denn?");

        Assert.Contains("18 Monate", reply.Text);
    }

    [Fact]
    public void Until_when_a_market_is_open_on_a_day_is_its_closing_time()
    {
        var reply = _town.Ask("Bis wann ist samstags Wochenmarkt?");

        Assert.Contains("13 Uhr", reply.Text);
    }
}
