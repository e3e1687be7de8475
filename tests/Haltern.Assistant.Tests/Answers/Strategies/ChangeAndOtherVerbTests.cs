using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Um wie viel steigt …?" is answered by the change ("von 610 auf 655 Prozentpunkte"), in whatever unit, not by
/// another amount of the article; and a number the article says with another verb than the question's ("steigt" for
/// "erhöht", "erhält" for "bekommt") answers where no sentence says it with the question's verb, while an adjective
/// before a noun still tells one thing from another.
/// </summary>
public sealed class ChangeAndOtherVerbTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-12-16-haushalt.md",
                Title = "Rat verabschiedet Haushalt 2026",
                Date = new DateOnly(2025, 12, 16),
                Teaser = "Ein Defizit von 1,8 Millionen Euro wird aus der Ausgleichsrücklage gedeckt.",
                Paragraphs =
                [
                    "Der Rat hat den Haushalt für das Jahr 2026 mit 31 zu 7 Stimmen beschlossen.",
                    "Um ein Haushaltssicherungskonzept zu vermeiden, steigt der Hebesatz der Grundsteuer B von 610 auf 655 Prozentpunkte.",
                    "Als Gründe für das Defizit nannte der Kämmerer die höhere Kreisumlage; die Erhöhung der Grundsteuer sei unvermeidlich.",
                ],
            },
            new Article
            {
                Id = "news/2026-08-20-solarpark.md",
                Title = "Solarpark am Mühlenfeld geplant",
                Date = new DateOnly(2026, 8, 20),
                Teaser = "Für den Solarpark am Mühlenfeld hat sich eine Genossenschaft gegründet.",
                Paragraphs =
                [
                    "Geplant sind 9.000 Module; die Genossenschaft überweist den Grundeigentümern eine Pacht.",
                    "Die Stadt erhält vom Betreiber rund 20.000 Euro im Jahr.",
                ],
            },
            new Article
            {
                Id = "news/2026-11-26-abfall.md",
                Title = "Abfallgebühren 2027",
                Date = new DateOnly(2026, 11, 26),
                Teaser = "Die Abfallgebühren ändern sich zum 1. Januar.",
                Paragraphs = ["Die rote Tonne für Sonderabfall wird monatlich geleert.", "Die blaue Tonne kostet dann 30 Euro im Jahr."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Um wie viel steigt der Hebesatz?")]
    [InlineData("Um wieviel wird die Grundsteuer B erhöht?")]
    public void By_how_much_is_answered_by_the_change(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("von 610 auf 655", reply.Text);
        Assert.DoesNotContain("1,8 Millionen", reply.Text);
    }

    [Fact]
    public void A_number_said_with_another_verb_answers_where_none_says_it_with_the_questions()
    {
        var reply = _town.Ask("Wie viel Geld überweist der Betreiber vom Solarpark der Stadt?");

        Assert.Contains("20.000", reply.Text);
    }

    [Fact]
    public void An_adjective_before_a_noun_still_tells_one_thing_from_another()
    {
        var reply = _town.Ask("Was kostet die rote Tonne?");

        Assert.DoesNotContain("30 Euro", reply.Text);
    }
}
