using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A follow-up without a topic of its own ("Und wann war das?") asks about what the last answer's sentence says: of
/// the last article's sentences that hold what is asked, the one that shares the most words with that sentence answers,
/// not the first; that sentence itself first of all, where it holds it.
/// </summary>
public sealed class FollowUpOfTheLastSentenceTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-05-02-dorf.md",
                Title = "Neues aus Oberholt",
                Date = new DateOnly(2026, 5, 2),
                Paragraphs =
                [
                    "Am 3. März bekam die Löschgruppe Oberholt ein neues Fahrzeug.",
                    "Der Maibaum auf dem Kirchplatz ist 24 Meter hoch.",
                    "Der Festumzug zum Schützenfest startet am Bahnhof um 14:30 Uhr.",
                    "Die Landjugend hat den Maibaum auf dem Kirchplatz am 30. April aufgerichtet.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Asked_when_that_was_the_sentence_on_the_same_thing_answers()
    {
        var first = _town.Ask("Wie hoch ist der Maibaum in Oberholt?");
        var reply = _town.Ask("Und wann war das?");

        Assert.Contains("24 Meter", first.Text, StringComparison.Ordinal);
        Assert.Contains("30. April", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_sentence_that_holds_what_is_asked_answers_it()
    {
        _town.Ask("Wo startet der Festumzug?");
        var reply = _town.Ask("Und um wie viel Uhr?");

        Assert.Contains("14:30", reply.Text, StringComparison.Ordinal);
    }
}
