using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// An age asked with the noun ("Ab welchem Alter …?", "Für welches Alter …?") as with "Wie alt …?": the sentence with a
/// count of years answers, not the one with the price or the length of the trip; where no sentence gives an age, the
/// honest "weiß ich nicht".
/// </summary>
public sealed class AgeAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-05-20-ferienfreizeit.md",
                Title = "Ferienfreizeit an der Ostsee",
                Date = new DateOnly(2026, 5, 20),
                Teaser = "Die Jugendpflege fährt im Juli mit 40 Kindern an die Ostsee.",
                Paragraphs =
                [
                    "Die Fahrt dauert zehn Tage und kostet 280 Euro.",
                    "Mitfahren können Kinder von 9 bis 13 Jahren.",
                    "Geleitet wird die Freizeit von Jugendpflegerin Lea Hoff.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Ab welchem Alter kann man bei der Ferienfreizeit mitfahren?")]
    [InlineData("fuer welches alter ist die ferienfreizeit")]
    public void An_age_asked_with_the_noun_is_the_count_of_years(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("9 bis 13", reply.Text);
    }

    [Fact]
    public void An_age_no_sentence_gives_is_not_answered_with_another_number()
    {
        var reply = _town.Ask("Wie alt ist die Jugendpflegerin der Ferienfreizeit?");

        Assert.DoesNotContain("280", reply.Text);
        Assert.DoesNotContain("zehn Tage", reply.Text);
    }
}
