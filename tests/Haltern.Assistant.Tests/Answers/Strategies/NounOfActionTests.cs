using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A question's noun of action before the thing it is done to ("die Reparatur der Turnhalle") names what happens, as a
/// verb does: where the article words the deed otherwise ("wird saniert"), its sentence on the thing answers. Where the
/// article writes that deed beside another ("der Abriss" beside "der Neubau"), the noun tells them apart; and the noun
/// a count asks for is the thing itself.
/// </summary>
public sealed class NounOfActionTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-05-04-turnhalle.md",
                Title = "Turnhalle an der Lindenschule wird saniert",
                Date = new DateOnly(2026, 5, 4),
                Paragraphs = ["Die Turnhalle an der Lindenschule bekommt ein neues Dach und neue Duschen. Die Turnhalle wird in den Sommerferien für 1,4 Millionen Euro instand gesetzt."],
            },
            new Article
            {
                Id = "news/2026-06-11-realschule.md",
                Title = "Neue Realschule am Stadtpark",
                Date = new DateOnly(2026, 6, 11),
                Paragraphs = ["Der Abriss der alten Realschule beginnt im August. Der Neubau der Realschule kostet 9 Millionen Euro."],
            },
            new Article
            {
                Id = "news/2026-07-20-treffpunkt.md",
                Title = "Treffpunkt im Quartier Nordfeld",
                Date = new DateOnly(2026, 7, 20),
                Paragraphs = ["Im Quartier Nordfeld entsteht bis Herbst ein Treffpunkt mit Café und Saal. Die Stadt mietet dafür 450 Quadratmeter in einem früheren Ladenlokal."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Was kostet die Reparatur der Turnhalle an der Lindenschule?")]
    [InlineData("Was kostet die Renovierung der Turnhalle an der Lindenschule?")]
    public void A_noun_of_action_the_article_words_otherwise_is_met_by_the_sentence_on_the_thing(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("1,4 Millionen Euro", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_of_action_the_article_writes_beside_another_tells_the_deeds_apart()
    {
        var reply = _town.Ask("Was kostet der Abriss der alten Realschule?");

        Assert.DoesNotContain("9 Millionen", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_noun_a_count_asks_for_is_the_thing_itself()
    {
        var reply = _town.Ask("Wie viele Wohnungen entstehen im Quartier Nordfeld?");

        Assert.DoesNotContain("450", reply.Text, StringComparison.Ordinal);
    }
}
