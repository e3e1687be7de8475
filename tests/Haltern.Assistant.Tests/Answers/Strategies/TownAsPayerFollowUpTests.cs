using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie viel zahlt die Stadt dafür?" after an article asks the article what the town pays: the town is the payer there, not
/// an office asked for, as in "Wo ist die Stadtverwaltung?".
/// </summary>
public sealed class TownAsPayerFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-08-20-glasfaser.md",
                Title = "Glasfaserausbau in den Außenbereichen",
                Date = new DateOnly(2026, 8, 20),
                Paragraphs = ["Rund 900 Haushalte bekommen schnelles Internet. Die Stadt trägt von den Kosten 1,4 Millionen Euro, den Rest zahlen Bund und Land."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_town_as_the_payer_of_a_follow_up_is_the_last_articles()
    {
        _town.Ask("Was gibt es Neues beim Glasfaserausbau?");

        var reply = _town.Ask("Wie viel zahlt die Stadt dafür?");

        Assert.Contains("1,4 Millionen", reply.Text, StringComparison.Ordinal);
    }
}
