using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>"Und wo genau?" after an answer about an article: the sentence with the address, not one that names a place in passing.</summary>
public sealed class WhereExactlyTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-10-dorfladen.md",
                Title = "Dorfladen in Westerholz eröffnet",
                Date = new DateOnly(2026, 9, 10),
                Teaser = "Eine Genossenschaft bringt wieder einen Laden in den Ortsteil.",
                Paragraphs =
                [
                    "Der Laden bietet Brot, Gemüse und Milch von den Höfen an der Bever.",
                    "Er liegt in der alten Schule, Dorfstraße 12.",
                    "Geöffnet ist montags bis samstags von 7 bis 13 Uhr.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Where_exactly_after_an_answer_is_the_address()
    {
        _town.Ask("Was gibt es im Dorfladen in Westerholz?");
        var reply = _town.Ask("Und wo genau?");

        Assert.Contains("Dorfstraße 12", reply.Text);
    }

    [Theory]
    [InlineData("Er liegt in der alten Schule, Dorfstraße 12.", true)]
    [InlineData("Die Gesamtschule am Steinkamp 2 nimmt 108 Kinder auf.", true)]
    [InlineData("Die Anmeldung läuft bis Juni 2027.", false)]
    [InlineData("Eltern melden ihre Kinder an der Gesamtschule an.", false)]
    public void An_address_is_a_street_with_its_number(string sentence, bool expected) =>
        Assert.Equal(expected, Haltern.Assistant.Understanding.SentenceMarkers.NamesAnAddress(sentence));
}
