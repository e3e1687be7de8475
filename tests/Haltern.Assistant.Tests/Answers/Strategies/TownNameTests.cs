using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The town's own name (the place the services' addresses give after their postal code) is no thing an article must
/// write to answer: every article is about the town.
/// </summary>
public sealed class TownNameTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-01-feuerwehr.md",
                Title = "Wechsel an der Spitze",
                Date = new DateOnly(2026, 4, 1),
                Teaser = "Der Rat hat einen Nachfolger bestellt.",
                Paragraphs =
                [
                    "Neuer Leiter der Feuerwehr ist seit dem 1. April Stadtbrandinspektor Jonas Beispielmann.",
                    "Er folgt auf Karl Vorgänger, der in den Ruhestand geht.",
                ],
            },
        ],
        [
            new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Address = "Markt 1, 12345 Musterbrück" },
            new Service { Id = "services/bauamt.md", Title = "Bauamt", Phone = "0123 456-300", Address = "Markt 1, 12345 Musterbrück (1. Stock)" },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void An_article_answers_though_it_does_not_write_the_towns_name()
    {
        var reply = _town.Ask("Wer leitet die Feuerwehr in Musterbrück?");

        Assert.Contains("Beispielmann", reply.Text);
    }

    [Fact]
    public void Another_place_the_article_does_not_write_is_still_a_thing_it_lacks()
    {
        var reply = _town.Ask("Wer leitet die Feuerwehr in Düsseldorf?");

        Assert.DoesNotContain("Beispielmann", reply.Text);
    }
}
