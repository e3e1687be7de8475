using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A question about an office that asks more than its name ("Gibt es Rabatt für Geschwister …?") is answered by the
/// office's own sentence that says it, before the opening of its text, where the opening does not say it.
/// </summary>
public sealed class ServiceSentenceFirstTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/musikschule.md",
                Title = "Städtische Musikschule",
                Phone = "0123 456-300",
                Paragraphs =
                [
                    "Die Städtische Musikschule unterrichtet rund 1.100 Schülerinnen und Schüler.",
                    "Unterricht gibt es für Klavier, Gitarre, Geige und Schlagzeug.",
                    "Die Anmeldung ist jederzeit möglich.",
                    "Geschwister erhalten eine Ermäßigung von 20 Prozent.",
                ],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_offices_sentence_that_says_what_is_asked_comes_first()
    {
        var reply = _town.Ask("Gibt es eine Ermäßigung für Geschwister bei der Musikschule?");

        Assert.Contains("Geschwister erhalten eine Ermäßigung von 20 Prozent", reply.Text);
        Assert.True(reply.Text.IndexOf("Geschwister", StringComparison.Ordinal) < reply.Text.IndexOf("1.100", StringComparison.Ordinal));
    }
}
