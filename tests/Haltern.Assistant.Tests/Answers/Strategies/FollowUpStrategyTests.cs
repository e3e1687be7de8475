namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>Follow-ups resolve against the last article of the conversation.</summary>
public sealed class FollowUpStrategyTests : IDisposable
{
    private readonly AssistantHarness _town = SmallTown.Harness();

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Who_decided_it_after_an_article_is_answered_with_the_body_that_decided()
    {
        _town.Ask("Was kostet die neue Sporthalle?");

        var reply = _town.Ask("Wer hat das beschlossen?");

        Assert.Contains("Stadtrat", reply.Text);
    }

    [Fact]
    public void When_was_that_after_an_article_is_answered_with_its_time()
    {
        _town.Ask("Wo steht die Sporthalle?");

        var reply = _town.Ask("Wann war das?");

        Assert.Contains("März 2025", reply.Text);
    }

    [Fact]
    public void What_it_costs_after_the_news_is_the_amount_of_the_first_article()
    {
        _town.Ask("Was gibt es Neues?");

        var reply = _town.Ask("Und was kostet das?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
    }

    [Fact]
    public void More_after_an_article_gives_the_whole_article()
    {
        _town.Ask("Wo steht die Sporthalle?");

        var reply = _town.Ask("mehr dazu");

        Assert.Contains("Tribüne", reply.Text);
        Assert.Equal("follow-up", _town.Chosen("mehr dazu").Strategy);
    }

    [Fact]
    public void A_question_that_names_the_town_is_no_follow_up_on_the_article()
    {
        _town.Ask("Wo steht die Sporthalle?");

        var reply = _town.Ask("Wie ist die Adresse vom Rathaus?");

        Assert.DoesNotContain("Lindenstraße", reply.Text);
        Assert.Contains("Bürgeramt", reply.Text);
    }
}
