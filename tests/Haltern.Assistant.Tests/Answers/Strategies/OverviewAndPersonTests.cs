namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>An overview of a topic, the news of a time named, a person asked for, and a follow-up by a bare article.</summary>
public sealed class OverviewAndPersonTests : IDisposable
{
    private readonly AssistantHarness _town = SmallTown.Harness();

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Erzähl mir etwas über die Sporthalle")]
    [InlineData("Was gibt es über die neue Sporthalle?")]
    [InlineData("Tell me about the new sports hall")]
    public void An_overview_of_an_article_gives_its_title_teaser_and_first_paragraph(string text)
    {
        var reply = _town.Ask(text);

        Assert.Equal("overview", _town.Chosen(text).Strategy);
        Assert.Contains("Neue Sporthalle eröffnet", reply.Text);
        Assert.Contains("3,4 Millionen Euro", reply.Text);
        Assert.Contains("Zuschüsse aus dem Landesprogramm", reply.Text);
        Assert.DoesNotContain("300 Vereine", reply.Text);
    }

    [Fact]
    public void After_an_overview_more_gives_the_whole_article()
    {
        _town.Ask("Erzähl mir etwas über die Sporthalle");

        Assert.Contains("300 Vereine", _town.Ask("Mehr dazu").Text);
    }

    [Fact]
    public void An_overview_of_a_service_gives_its_fields()
    {
        var reply = _town.Ask("Erzähl mir etwas über das Bürgeramt");

        Assert.Contains("0123 456-100", reply.Text);
        Assert.Contains("hilft bei allen Anliegen", reply.Text);
    }

    [Theory]
    [InlineData("Ich möchte mit einem Mitarbeiter sprechen")]
    [InlineData("Kann ich jemanden anrufen?")]
    [InlineData("Kann mir ein Mensch helfen?")]
    [InlineData("I want to talk to a human")]
    public void A_person_asked_for_gets_the_general_contact(string text)
    {
        var reply = _town.Ask(text);

        Assert.Contains("Bürgeramt", reply.Text);
        Assert.Contains("0123 456-100", reply.Text);
        Assert.DoesNotContain("Sporthalle", reply.Text);
    }

    [Fact]
    public void A_person_asked_for_after_another_office_still_gets_the_general_contact()
    {
        _town.Ask("Wann ist die Sprechstunde der Bürgermeisterin?");

        Assert.Contains("0123 456-100", _town.Ask("Ich möchte mit einem Mitarbeiter sprechen").Text);
    }

    [Theory]
    [InlineData("Was war im November 2026 los?")]
    [InlineData("Was stand im November 2026 in den Nachrichten?")]
    public void A_month_named_with_news_words_gets_that_months_news(string text)
    {
        var reply = _town.Ask(text);

        Assert.Equal("news", _town.Chosen(text).Strategy);
        Assert.Contains("Neue Sporthalle eröffnet", reply.Text);
    }

    [Fact]
    public void A_bare_article_with_a_verb_follows_up_on_the_last_article()
    {
        _town.Ask("Was kostet die neue Sporthalle?");

        Assert.Contains("Stadtrat", _town.Ask("Wer hat die beschlossen?").Text);
    }

    [Theory]
    [InlineData("Bist du ein echter Mensch oder ein Bot?")]
    [InlineData("Are you a robot?")]
    public void Asked_what_it_is_the_assistant_introduces_itself(string text)
    {
        Assert.Equal("small-talk", _town.Chosen(text).Strategy);
        Assert.Contains("Haltern.Bot", _town.Ask(text).Text);
    }
}
