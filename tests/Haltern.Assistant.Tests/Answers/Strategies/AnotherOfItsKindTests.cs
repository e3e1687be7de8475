using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A price beside another thing of the same kind (a compound of the same last part, another first part: the
/// "Restmülltonne" where the "Biotonne" is asked) is that thing's: the question is not answered with it. A kind of the
/// thing asked ("Gartenlaubtonne" for the "Gartentonne"), or the thing named again by its last part, still answers.
/// </summary>
public sealed class AnotherOfItsKindTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-01-20-abfallgebuehren.md",
                Title = "Abfallgebühren steigen zum Jahreswechsel",
                Date = new DateOnly(2026, 1, 20),
                Teaser = "Die Restmülltonne wird teurer, die Biotonne wird im Sommer öfter geleert.",
                Paragraphs =
                [
                    "Eine 120-Liter-Restmülltonne kostet ab Januar 210 Euro im Jahr.",
                    "Von Juni bis September wird die Biotonne wöchentlich geleert.",
                ],
            },
            new Article
            {
                Id = "news/2025-04-03-gartenabfall.md",
                Title = "Neue Gebühren für Gartenabfälle",
                Date = new DateOnly(2025, 4, 3),
                Teaser = "Gartentonnen werden günstiger.",
                Paragraphs = ["Eine Gartenlaubtonne kostet künftig 40 Euro im Jahr, eine Papiertonne 20 Euro."],
            },
            new Article
            {
                Id = "news/2025-06-10-stadtfest.md",
                Title = "Stadtfest am Wochenende",
                Date = new DateOnly(2025, 6, 10),
                Paragraphs = ["Am Samstag und Sonntag feiert die Stadt ihr Fest auf dem Marktplatz."],
            },
            new Article
            {
                Id = "news/2025-09-01-radweg.md",
                Title = "Neuer Radweg an der Kreisstraße",
                Date = new DateOnly(2025, 9, 1),
                Paragraphs = ["Der Radweg ist 3,2 Kilometer lang und wird im Herbst fertig."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_price_of_another_bin_is_not_the_price_of_the_bin_asked()
    {
        var reply = _town.Ask("Was kostet die Biotonne?");

        Assert.DoesNotContain("210", reply.Text);
    }

    [Fact]
    public void The_bin_asked_is_answered_with_its_price()
    {
        var reply = _town.Ask("Was kostet die Restmülltonne?");

        Assert.Contains("210 Euro", reply.Text);
    }

    [Fact]
    public void A_kind_of_the_bin_asked_answers_beside_another_kind_of_bin()
    {
        var reply = _town.Ask("Was kostet eine Gartentonne?");

        Assert.Contains("40 Euro", reply.Text);
    }
}
