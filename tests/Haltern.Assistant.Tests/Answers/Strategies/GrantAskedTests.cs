using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Gibt es für … Zuschüsse?" asks where the money comes from, whatever noun of a grant it uses: the sentence that
/// says who pays answers, though it writes "fördert" where the question wrote "Fördermittel". Asked how to apply for
/// a grant, the grant is the topic.
/// </summary>
public sealed class GrantAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-06-01-ampeln.md",
                Title = "Ampeln werden erneuert",
                Date = new DateOnly(2026, 6, 1),
                Teaser = "Alle 24 Ampelanlagen der Stadt bekommen neue Technik.",
                Paragraphs =
                [
                    "Bis Ende 2027 werden die 24 Ampelanlagen der Stadt auf neue Steuergeräte umgerüstet.",
                    "Das Land fördert die neue Ampeltechnik mit 30 Prozent der Kosten.",
                    "Die Arbeiten übernimmt eine Fachfirma aus der Region.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-01-lastenrad.md",
                Title = "Zuschuss für Lastenräder",
                Date = new DateOnly(2026, 3, 1),
                Teaser = "Die Stadt gibt bis zu 500 Euro dazu.",
                Paragraphs =
                [
                    "Wer ein Lastenrad kauft, erhält von der Stadt einen Zuschuss von bis zu 500 Euro.",
                    "Den Zuschuss beantragen Sie online vor dem Kauf.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Whether_there_is_a_grant_is_answered_by_who_pays()
    {
        var reply = _town.Ask("Gibt es für die neue Ampeltechnik Fördermittel?");

        Assert.Contains("30 Prozent", reply.Text);
    }

    [Fact]
    public void How_to_apply_for_a_grant_keeps_the_grant_as_its_topic()
    {
        var reply = _town.Ask("Wie beantrage ich den Zuschuss für ein Lastenrad?");

        Assert.Contains("online", reply.Text);
    }
}
