using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A question about an office that asks more than its name ("Gibt es eine Ermäßigung für Studierende …?") is answered by the
/// office's own sentence that says it, before the opening of its text, where the opening does not say it.
/// </summary>
public sealed class ServiceSentenceFirstTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/vhs.md",
                Title = "Volkshochschule",
                Phone = "0123 456-300",
                Paragraphs =
                [
                    "Die Volkshochschule bietet rund 300 Kurse im Jahr an.",
                    "Es gibt Sprachkurse, Kochkurse und Kurse zur Gesundheit.",
                    "Die Anmeldung ist online möglich.",
                    "Studierende erhalten eine Ermäßigung von 25 Prozent.",
                ],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_offices_sentence_that_says_what_is_asked_comes_first()
    {
        var reply = _town.Ask("Gibt es eine Ermäßigung für Studierende bei der Volkshochschule?");

        Assert.Contains("Studierende erhalten eine Ermäßigung von 25 Prozent", reply.Text);
        Assert.True(reply.Text.IndexOf("Studierende", StringComparison.Ordinal) < reply.Text.IndexOf("300 Kurse", StringComparison.Ordinal));
    }
}
