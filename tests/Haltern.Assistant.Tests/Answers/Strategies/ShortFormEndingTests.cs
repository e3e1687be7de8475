using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A street written with its abbreviation ("Lindenstr.", "lindenstr") is the street the knowledge writes in full; a
/// word that only looks like one ("Meistr", a typo) stays as written.
/// </summary>
public sealed class ShortFormEndingTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-07-01-lindenstrasse.md",
                Title = "Lindenstraße wird erneuert",
                Date = new DateOnly(2026, 7, 1),
                Teaser = "Die Stadtwerke erneuern die Wasserleitung.",
                Paragraphs =
                [
                    "Die Lindenstraße ist ab dem 3. August für sechs Wochen gesperrt.",
                    "Die Umleitung führt über den Ringweg.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wann macht die Lindenstr. zu?")]
    [InlineData("ab wann ist die lindenstr dicht")]
    public void A_street_abbreviated_is_the_street_written_out(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("3. August", reply.Text);
    }
}
