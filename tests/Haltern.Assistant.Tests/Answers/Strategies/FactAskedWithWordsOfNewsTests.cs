using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A fact of a kind asked with a word of news or a time gone by ("Was ist mit dem Geld … passiert?", "Wie viele
/// haben letztes Jahr …?") is answered by the sentence that holds it, not by the list of articles on the topic.
/// </summary>
public sealed class FactAskedWithWordsOfNewsTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-12-14-adventsbasar.md",
                Title = "Adventsbasar mit Besucherrekord",
                Date = new DateOnly(2025, 12, 14),
                Teaser = "Zwei Tage Markt und Musik im Rathaus.",
                Paragraphs =
                [
                    "Rund 900 Gäste kamen zum Adventsbasar.",
                    "Der Erlös des Basars von 2.400 Euro geht an die Tafel.",
                ],
            },
            new Article
            {
                Id = "news/2026-06-02-freibad.md",
                Title = "Freibad öffnet",
                Date = new DateOnly(2026, 6, 2),
                Paragraphs = ["Das Freibad öffnet am Samstag."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void An_amount_asked_with_a_word_of_news_is_the_sentence_that_holds_it()
    {
        var reply = _town.Ask("Was ist mit dem Geld vom Adventsbasar passiert?");

        Assert.Contains("2.400 Euro", reply.Text, StringComparison.Ordinal);
    }
}
