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

    [Theory]
    [InlineData("Erzähl mir mehr darüber")]
    [InlineData("Mehr darüber, bitte")]
    [InlineData("Gibt es mehr Informationen darüber?")]
    [InlineData("Haben Sie weitere Infos dazu?")]
    public void More_about_it_with_a_pronominal_adverb_gives_the_whole_article(string question)
    {
        // A service whose text holds the same pronominal adverbs: they point back, they name no topic.
        using var town = SmallTown.Harness(
        [
            new Haltern.Assistant.Knowledge.Service
            {
                Id = "services/datenschutz.md",
                Title = "Datenschutz",
                Paragraphs = ["Wir informieren Sie darüber und davon, welche Daten gespeichert werden."],
            },
        ]);
        town.Ask("Wo steht die Sporthalle?");

        var reply = town.Ask(question);

        Assert.Contains("Tribüne", reply.Text);
    }

    [Fact]
    public void A_question_that_names_the_town_is_no_follow_up_on_the_article()
    {
        _town.Ask("Wo steht die Sporthalle?");

        var reply = _town.Ask("Wie ist die Adresse vom Rathaus?");

        Assert.DoesNotContain("Lindenstraße", reply.Text);
        Assert.Contains("Bürgeramt", reply.Text);
    }

    [Fact]
    public void Where_the_money_comes_from_after_an_article_is_its_source_not_its_cost()
    {
        _town.Ask("Wo steht die Sporthalle?");

        var reply = _town.Ask("Woher kommt das Geld?");

        Assert.Contains("Zuschüsse", reply.Text);
        Assert.DoesNotContain("3,4 Millionen", reply.Text);
    }

    [Fact]
    public void A_follow_up_that_names_only_what_happened_is_answered_from_the_last_article()
    {
        using var town = new AssistantHarness(
            [
                new Haltern.Assistant.Knowledge.Article
                {
                    Id = "news/2026-01-22-parken.md",
                    Title = "Parkgebühren steigen",
                    Date = new DateOnly(2026, 1, 22),
                    Paragraphs = ["Der Rat hat neue Parkgebühren für die Innenstadt beschlossen.", "Die neuen Gebühren werden am 1. März 2026 eingeführt."],
                },
                new Haltern.Assistant.Knowledge.Article
                {
                    Id = "news/2025-09-18-bus.md",
                    Title = "Bürgerbus fährt samstags",
                    Date = new DateOnly(2025, 9, 18),
                    Paragraphs = ["Die neue Regel gilt ab dem 4. Oktober 2025: Der Bürgerbus fährt auch samstags."],
                },
            ],
            []);
        town.Ask("Erzähl mir was über die Parkgebühren");

        var reply = town.Ask("Ab wann gilt das?");

        Assert.Contains("1. März", reply.Text);
        Assert.DoesNotContain("Oktober", reply.Text);
    }

    [Fact]
    public void A_question_for_a_date_with_no_topic_of_its_own_asks_about_the_last_article()
    {
        using var town = new AssistantHarness(
            [
                new Haltern.Assistant.Knowledge.Article
                {
                    Id = "news/2026-06-09-uferweg.md",
                    Title = "Uferweg wird ausgebaut",
                    Date = new DateOnly(2026, 6, 9),
                    Paragraphs = ["Der Bauausschuss hat den Ausbau des Uferwegs beschlossen.", "Die Arbeiten beginnen am 6. Juli und dauern drei Monate."],
                },
            ],
            []);
        town.Ask("Ausbau Uferweg");

        var reply = town.Ask("Wann gehts los?");

        Assert.Contains("6. Juli", reply.Text);
    }
}
