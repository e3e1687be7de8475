using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Tests.Answers;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A compound is a kind of its last part, also where that part is itself a compound ("Restabfalltonne": a Tonne) or
/// the compound a word of the dictionary ("Stichwahl": a Wahl): a question naming the kind meets it. Another compound of
/// the same last part is another thing ("Grundschule" for the "Realschule" asked).
/// </summary>
public sealed class CompoundHeadTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            Article("news/2026-11-26-abfall.md", "Abfallgebühren 2027", "Der neue Abfallkalender kommt in alle Haushalte.",
                "Eine 120-Liter-Restabfalltonne mit 14-täglicher Leerung kostet dann 246 Euro im Jahr."),
            Article("news/2025-11-04-buergermeisterin.md", "Neue Bürgermeisterin vereidigt", "Dr. Katrin Osterhage hat ihren Amtseid abgelegt.",
                "Die parteilose Kandidatin hatte sich in der Stichwahl mit 54,3 Prozent der Stimmen durchgesetzt."),
            Gesamtschule,
            Article("news/2025-06-10-stadtfest.md", "Stadtfest am Wochenende", "Am Samstag feiert die Stadt ihr Fest auf dem Marktplatz.",
                "Der Eintritt kostet 5 Euro."),
        ],
        []);

    private static readonly Article Gesamtschule = Article("news/2026-02-05-gesamtschule.md", "Anmeldung an der Gesamtschule",
        "Eltern können ihre Kinder im Februar an der Gesamtschule anmelden.", "Mitzubringen ist das Zeugnis der Grundschule. Schulleiter Thomas Rickert lädt zum Tag der offenen Tür ein.");

    public void Dispose() => _town.Dispose();

    private static Article Article(string id, string title, string teaser, string text) =>
        new() { Id = id, Title = title, Teaser = teaser, Date = new DateOnly(2026, 1, 1), Paragraphs = [text] };

    [Theory]
    [InlineData("Was kostet die Tonne für den Restmüll?")]
    public void A_question_naming_the_last_part_of_a_compounds_part_meets_the_compound(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("246 Euro", reply.Text);
    }

    [Fact]
    public void A_question_naming_the_last_part_of_a_dictionary_compound_meets_it()
    {
        var reply = _town.Ask("Mit wie viel Prozent hat Osterhage die Wahl gewonnen?");

        Assert.Contains("54,3", reply.Text);
    }

    [Fact]
    public void The_last_part_of_another_compound_does_not_stand_for_the_thing_asked()
    {
        var context = _town.Context("Wer ist Schulleiter der Realschule?");

        Assert.True(context.LacksAThingNamed(Gesamtschule));
        Assert.DoesNotContain("Rickert", _town.Ask("Wer ist Schulleiter der Realschule?").Text);
    }
}
