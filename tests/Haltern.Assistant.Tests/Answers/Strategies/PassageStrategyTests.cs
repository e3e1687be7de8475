namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>A fact from an article: the sentence must hold the kind of answer asked for, about the thing asked.</summary>
public sealed class PassageStrategyTests : IDisposable
{
    private readonly AssistantHarness _town = SmallTown.Harness();

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_price_question_is_answered_by_the_sentence_with_the_amount()
    {
        var reply = _town.Ask("Was kostet die neue Sporthalle?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
        Assert.Equal("passage", _town.Chosen("Was kostet die neue Sporthalle?").Strategy);
    }

    [Fact]
    public void The_price_of_a_part_is_not_answered_with_the_total()
    {
        var reply = _town.Ask("Was kostet eine Tribüne?");

        Assert.DoesNotContain("Millionen", reply.Text);
        Assert.False(reply.Answered);
    }

    [Fact]
    public void How_something_is_financed_is_answered_by_where_the_money_comes_from()
    {
        var reply = _town.Ask("Wie wird die Sporthalle finanziert?");

        Assert.Contains("Zuschüsse", reply.Text);
        Assert.DoesNotContain("Millionen", reply.Text);
    }

    [Fact]
    public void How_much_is_financed_asks_for_the_amount()
    {
        var reply = _town.Ask("Wie viel Geld wird für die Sporthalle ausgegeben?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
    }

    [Fact]
    public void Where_something_is_is_answered_by_a_sentence_with_a_place()
    {
        var reply = _town.Ask("Wo steht die Sporthalle?");

        Assert.Contains("Lindenstraße 12", reply.Text);
    }

    [Fact]
    public void A_count_of_something_else_does_not_answer_how_many()
    {
        var reply = _town.Ask("Wie viele Umkleiden gibt es in der Sporthalle?");

        Assert.DoesNotContain("300", reply.Text);
    }
}
