using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie viel" of a thing that is no money is answered by a number with a unit of quantity (tonnes, per cent, years),
/// never by a price on the topic; a message in lower case still tells its verbs from its nouns.
/// </summary>
public sealed class AmountOfAThingTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-03-winterdienst.md",
                Title = "Bauhof bereit für den Winter",
                Date = new DateOnly(2026, 11, 3),
                Teaser = "Der Bauhof hat seine Lager für den Winterdienst gefüllt.",
                Paragraphs =
                [
                    "In der Halle an der Hafenstraße liegen 620 Tonnen Streusalz bereit.",
                    "Der Einkauf hat 58.000 Euro gekostet.",
                ],
            },
            new Article
            {
                Id = "news/2026-02-10-seniorenbeirat.md",
                Title = "Seniorenbeirat wird gewählt",
                Date = new DateOnly(2026, 2, 10),
                Teaser = "Im März wählen die älteren Menschen in Musterstadt ihren Beirat.",
                Paragraphs =
                [
                    "Wählen dürfen alle, die 60 Jahre oder älter sind.",
                    "Der Beirat verfügt über ein Budget von 3.000 Euro im Jahr.",
                ],
            },
            new Article
            {
                Id = "news/2026-05-20-landratswahl.md",
                Title = "Jana Beck ist neue Landrätin",
                Date = new DateOnly(2026, 5, 20),
                Teaser = "Die Stichwahl um das Amt der Landrätin ist entschieden.",
                Paragraphs = ["Jana Beck gewann die Stichwahl mit 61,2 Prozent der Stimmen."],
            },
            new Article
            {
                Id = "news/2026-03-02-splitt.md",
                Title = "Neuer Splitt für die Gehwege",
                Date = new DateOnly(2026, 3, 2),
                Teaser = "Die Stadt hat Splitt aus Basalt gekauft.",
                Paragraphs = ["Der Splitt hat 12.000 Euro gekostet."],
            },
            new Article
            {
                Id = "news/2026-11-20-eisbahn.md",
                Title = "Eisbahn auf dem Marktplatz",
                Date = new DateOnly(2026, 11, 20),
                Teaser = "Vom 1. Dezember an steht wieder eine Eisbahn auf dem Marktplatz.",
                Paragraphs = ["Der Eintritt ist frei, Schlittschuhe werden vor Ort für 4 Euro verliehen."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_much_of_a_material_is_answered_by_its_weight()
    {
        var reply = _town.Ask("Wie viel Streusalz hat der Bauhof für den Winter?");

        Assert.True(reply.Answered);
        Assert.Contains("620 Tonnen", reply.Text);
    }

    [Fact]
    public void How_much_of_a_material_is_not_answered_by_its_price()
    {
        var reply = _town.Ask("Wie viel Splitt hat die Stadt gekauft?");

        Assert.DoesNotContain("12.000", reply.Text);
    }

    [Fact]
    public void A_share_asked_in_per_cent_is_answered_by_the_per_cent()
    {
        var reply = _town.Ask("Mit wie viel Prozent hat Beck die Stichwahl gewonnen?");

        Assert.True(reply.Answered);
        Assert.Contains("61,2 Prozent", reply.Text);
    }

    [Fact]
    public void From_how_many_years_is_answered_by_an_age_not_by_a_budget()
    {
        var reply = _town.Ask("ab wie viel jahren darf man den seniorenbeirat wählen?");

        Assert.True(reply.Answered);
        Assert.Contains("60 Jahre", reply.Text);
        Assert.DoesNotContain("3.000", reply.Text);
    }

    [Fact]
    public void A_message_in_lower_case_need_not_find_its_verb_in_the_article()
    {
        var reply = _town.Ask("was kostet schlittschuhe ausleihen auf der eisbahn");

        Assert.True(reply.Answered);
        Assert.Contains("4 Euro", reply.Text);
    }
}
