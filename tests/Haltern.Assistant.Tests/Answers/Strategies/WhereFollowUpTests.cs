using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// Where, asked after an answer: "Und wo geht er los?" is answered by the sentence that names the beginning and its
/// place, not by another place of the same article; "wo sitzt" asks a place, "sitzen" alone does not.
/// </summary>
public sealed class WhereFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-13-martin.md",
                Title = "Martinszüge in allen Ortsteilen",
                Date = new DateOnly(2026, 10, 13),
                Paragraphs =
                [
                    "Im November ziehen wieder Kinder mit Laternen durch Kappelwerth, Gohrhoven und Ellerbroich.",
                    "Zwischen dem 5. und dem 12. November ziehen in Kappelwerth acht Martinszüge durch die Straßen.",
                    "Der große Martinszug beginnt am Mittwoch, 11. November, um 17:30 Uhr am Kirchplatz und endet am Rathaus.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Where_something_begins_is_the_sentence_that_names_its_beginning()
    {
        _town.Ask("Wann zieht der große Martinszug?");

        var reply = _town.Ask("Und wo geht er los?");

        Assert.Contains("Kirchplatz", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Und wo sitzt der?", true)]
    [InlineData("Wo sitzt eigentlich das Standesamt?", true)]
    [InlineData("Wie viele Mitglieder sitzen im Rat?", false)]
    public void Wo_sitzt_asks_a_place_and_sitzen_alone_does_not(string question, bool place)
    {
        var read = new QuestionReader(new DateUnderstanding()).Read(question, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

        Assert.Equal(place, read.Has(Cue.Address));
        Assert.Equal(place, read.CueWords.Any(w => w.StartsWith("sitz", StringComparison.Ordinal))); // the verb of place is no topic word
    }
}
