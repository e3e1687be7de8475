using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A sentence that names only the cost or the undertaking of its article's subject ("Die Anschaffung kostet …", "Die
/// Kosten werden auf … geschätzt") answers what the subject costs, though it repeats none of the question's words; not
/// what a thing costs that the article names only further on, and not where the sentence names a thing of its own.
/// </summary>
public sealed class UndertakingCostTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-02-mobilstation-rathausplatz.md",
                Title = "Rathausplatz wird zur Mobilstation",
                Date = new DateOnly(2026, 4, 2),
                Teaser = "Strom tanken und Autos teilen am Rathaus.",
                Paragraphs =
                [
                    "Auf dem Rathausplatz können Elektroautos ab Mai an vier neuen Ladesäulen Strom tanken.",
                    "Die Anschaffung kostet 52.000 Euro, davon trägt das Land 40 Prozent.",
                    "Ein Carsharing-Auto steht daneben, die Stunde kostet 6 Euro.",
                    "Später sollen dort auch Lastenräder ausgeliehen werden können.",
                ],
            },
            new Article
            {
                Id = "news/2026-01-15-winterfest.md",
                Title = "Winterfest auf dem Marktplatz",
                Date = new DateOnly(2026, 1, 15),
                Teaser = "Musik, Glühwein und eine Eisbahn am Wochenende.",
                Paragraphs = ["Am Samstag und Sonntag feiert die Stadt ihr Winterfest auf dem Marktplatz."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_cost_of_the_undertaking_answers_what_the_subject_cost()
    {
        var reply = _town.Ask("Was haben die Ladesäulen gekostet?");

        Assert.Contains("52.000 Euro", reply.Text);
    }

    [Fact]
    public void The_undertaking_cost_is_not_the_price_of_a_thing_named_further_on()
    {
        var reply = _town.Ask("Was kostet ein Lastenrad?");

        Assert.DoesNotContain("52.000", reply.Text);
    }

    [Theory]
    [InlineData("Die Anschaffung kostet 52.000 Euro.", true)]
    [InlineData("Die Kosten werden auf 3,1 Millionen Euro geschätzt.", true)]
    [InlineData("Die gesamten Baukosten betragen 5,6 Millionen Euro.", true)]
    [InlineData("Der Eintritt kostet 3 Euro.", false)]
    [InlineData("Eine Fahrt kostet 1,50 Euro.", false)]
    public void A_sentence_names_the_undertaking_by_a_referring_noun_of_cost_or_works(string sentence, bool names) =>
        Assert.Equal(names, SentenceMarkers.NamesTheUndertaking(sentence));
}
