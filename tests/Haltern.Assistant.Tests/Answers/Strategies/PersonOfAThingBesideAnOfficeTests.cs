using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// Who runs or builds a thing that an office is named for without covering it ("Wer wird Träger der Kita am
/// Mühlbach?" beside the office for day-care places) is answered by the article's sentence that names the body; the
/// office's card answers who to ask at the office.
/// </summary>
public sealed class PersonOfAThingBesideAnOfficeTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-21-kita-muehlbach.md",
                Title = "Spatenstich für die Kita am Mühlbach",
                Date = new DateOnly(2026, 4, 21),
                Teaser = "Am Mühlbach entsteht eine Kita mit vier Gruppen.",
                Paragraphs =
                [
                    "Die Bauarbeiten beginnen im Mai und dauern ein Jahr.",
                    "Träger der neuen Kita wird der Kreisverband der Johanniter.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/kita-platzvergabe.md", Title = "Kita-Platzvergabe", Keywords = ["Kita", "Kindergarten"], Phone = "0123 456-310",
                Person = "Jana Beispiel", Role = "Sachbearbeiterin", Paragraphs = ["Die Kita-Platzvergabe berät Eltern bei der Suche nach einem Platz."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer wird Träger der Kita am Mühlbach?")]
    [InlineData("wer betreibt die kita am muehlbach")]
    public void Who_runs_a_thing_the_office_does_not_cover_is_the_articles_body(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("Johanniter", reply.Text);
    }

    [Fact]
    public void Who_to_ask_at_the_office_is_its_person()
    {
        var reply = _town.Ask("Wer ist bei der Kita-Platzvergabe Ansprechpartnerin?");

        Assert.Contains("Jana Beispiel", reply.Text);
    }
}
