using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie ist die Abstimmung über … ausgegangen?": the sentence with the votes for and against answers, though it writes
/// neither "Abstimmung" nor "ausgegangen"; asked after an answer about the article, too.
/// </summary>
public sealed class VoteAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-12-10-haushalt.md",
                Title = "Rat beschließt den Haushalt 2027",
                Date = new DateOnly(2026, 12, 10),
                Teaser = "Der Rat hat den Haushalt für das Jahr 2027 beschlossen.",
                Paragraphs =
                [
                    "Geplant sind Ausgaben von 61 Millionen Euro.",
                    "Die Entscheidung fiel mit 30 Ja-Stimmen bei 6 Gegenstimmen.",
                    "Größter Posten ist der Neubau der Feuerwache.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_outcome_of_a_vote_is_the_sentence_with_the_votes()
    {
        var reply = _town.Ask("Wie ist die Abstimmung über den Haushalt ausgegangen?");

        Assert.Contains("30 Ja-Stimmen", reply.Text);
    }

    [Fact]
    public void The_outcome_of_a_vote_as_a_follow_up_is_the_sentence_with_the_votes()
    {
        _town.Ask("Was ist der größte Posten im Haushalt 2027?");
        var reply = _town.Ask("Und wie knapp war die Abstimmung?");

        Assert.Contains("30 Ja-Stimmen", reply.Text);
    }
}
