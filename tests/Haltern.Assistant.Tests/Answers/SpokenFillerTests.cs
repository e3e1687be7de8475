using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers;

/// <summary>
/// The fillers of a spoken question ("kurz", "schnell", "gleich", "Hallo zusammen", "im Voraus", "holen") carry no
/// topic: no article holds them, so they must not pull the question's coverage under the bar.
/// </summary>
public sealed class SpokenFillerTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-06-24-parkgebuehren.md",
                Title = "Parken in der Innenstadt wird teurer",
                Date = new DateOnly(2025, 6, 24),
                Teaser = "Der Finanzausschuss hat eine neue Parkgebührenordnung beschlossen.",
                Paragraphs =
                [
                    "Ab dem 1. September kostet eine Stunde Parken am Marktplatz 1,50 Euro.",
                    "Die Brötchentaste bleibt: Die ersten 20 Minuten Parken sind weiterhin kostenlos.",
                ],
            },
            new Article
            {
                Id = "news/2026-10-20-winterdienst.md",
                Title = "Bauhof ist für den Winter gerüstet",
                Date = new DateOnly(2026, 10, 20),
                Teaser = "850 Tonnen Streusalz liegen im Bauhof bereit.",
                Paragraphs = ["Streusand gibt es für Bürgerinnen und Bürger kostenlos am Bauhof an der Industriestraße."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Hedges_of_a_spoken_question_do_not_hide_its_topic()
    {
        var reply = _town.Ask("Kann man noch kurz umsonst parken, zum Brötchen holen?");

        Assert.Contains("20 Minuten", reply.Text);
    }

    [Fact]
    public void A_greeting_to_all_and_thanks_in_advance_do_not_hide_the_question()
    {
        var reply = _town.Ask("Hallo zusammen, kann ich mir bei der Stadt Streusand holen? Vielen Dank im Voraus");

        Assert.Contains("Bauhof", reply.Text);
    }
}
