using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Warum …?" is answered by the sentence that says a reason as one ("begründet … mit", "weil"), before one that
/// repeats the question's words and says only what happens when ("vom 5. Januar bis 27. März gesperrt").
/// </summary>
public sealed class ReasonSaidTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-01-02-schulstrasse.md",
                Title = "Schulstraße wird saniert",
                Date = new DateOnly(2026, 1, 2),
                Teaser = "Die Sanierung der Schulstraße beginnt im Januar.",
                Paragraphs =
                [
                    "Vom 5. Januar bis 27. März ist die Schulstraße voll gesperrt.",
                    "Die Bauarbeiten müssen vor Ostern abgeschlossen sein, weil danach der Busverkehr zur Gesamtschule wieder beginnt.",
                    "Die Kosten liegen bei 480.000 Euro.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_reason_said_as_one_answers_before_a_sentence_that_says_when()
    {
        var reply = _town.Ask("warum muss die schulstraße bis ende märz fertig sein?");

        Assert.Contains("Busverkehr", reply.Text);
    }
}
