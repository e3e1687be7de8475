using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>"Wofür …?" asks what something is for: the sentence that says its use answers, not the one with the sum.</summary>
public sealed class PurposeAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-06-20-heimatpreis.md",
                Title = "Heimatpreis für den Heimatverein Eichholz",
                Date = new DateOnly(2026, 6, 20),
                Teaser = "Der Heimatverein Eichholz erhält den Heimatpreis und 3.000 Euro Preisgeld.",
                Paragraphs =
                [
                    "Die Jury lobte die Pflege der alten Wassermühle.",
                    "Das Preisgeld will der Verein für eine neue Schutzhütte am Mühlenteich verwenden.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void What_money_is_for_is_the_sentence_that_says_its_use()
    {
        var reply = _town.Ask("Wofür gibt der Heimatverein Eichholz das Preisgeld aus?");

        Assert.Contains("Schutzhütte", reply.Text);
    }
}
