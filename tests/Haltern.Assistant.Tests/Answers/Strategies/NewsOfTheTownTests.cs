using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>What is new "in" the town: the town's name, which most articles hold, narrows nothing.</summary>
public sealed class NewsOfTheTownTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            Article("news/2026-09-01-fest.md", "Stadtfest in Eichwalde gefeiert", new DateOnly(2026, 9, 1), "Eichwalde feierte am Wochenende sein Stadtfest."),
            Article("news/2026-10-01-radweg.md", "Neuer Radweg in Eichwalde", new DateOnly(2026, 10, 1), "In Eichwalde ist ein neuer Radweg fertig."),
            Article("news/2026-11-01-bad.md", "Hallenbad öffnet wieder", new DateOnly(2026, 11, 1), "Das Hallenbad ist nach der Sanierung wieder geöffnet."),
        ],
        []);

    public void Dispose() => _town.Dispose();

    private static Article Article(string id, string title, DateOnly date, string teaser) =>
        new() { Id = id, Title = title, Date = date, Teaser = teaser, Paragraphs = [] };

    [Theory]
    [InlineData("Was gibt es Neues in Eichwalde?")]
    [InlineData("aktuelle Meldungen aus Eichwalde")]
    public void The_newest_article_comes_first_whether_or_not_it_names_the_town(string text)
    {
        var reply = _town.Ask(text);

        Assert.StartsWith("Das Neueste", reply.Text);
        Assert.True(reply.Text.IndexOf("Hallenbad öffnet wieder", StringComparison.Ordinal) is >= 0 and var bad
            && bad < reply.Text.IndexOf("Neuer Radweg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_few_articles_hold_still_narrows_the_news()
    {
        var reply = _town.Ask("Neuigkeiten zum Radweg");

        Assert.Contains("Neuer Radweg", reply.Text);
        Assert.DoesNotContain("Hallenbad", reply.Text);
    }

    [Fact]
    public void News_on_a_topic_list_the_articles_on_the_whole_topic_first_and_follow_ups_refer_to_them()
    {
        using var town = new AssistantHarness(
            [
                Article("news/2026-05-01-wache.md", "Neue Feuerwache in Eichwalde", new DateOnly(2026, 5, 1), "In Eichwalde entsteht eine neue Feuerwache, fertig im Herbst 2027."),
                Article("news/2026-11-01-haushalt.md", "Haushalt 2027 beschlossen", new DateOnly(2026, 11, 1), "Die größte Investition ist die Feuerwache in Eichwalde; der Rat hat den Haushalt am 1. Dezember 2026 beschlossen."),
                Article("news/2026-09-01-bad.md", "Hallenbad öffnet wieder", new DateOnly(2026, 9, 1), "Das Hallenbad ist nach der Sanierung wieder geöffnet."),
                Article("news/2026-08-01-markt.md", "Wochenmarkt zieht um", new DateOnly(2026, 8, 1), "Der Wochenmarkt findet ab August auf dem Kirchplatz statt."),
                Article("news/2026-07-01-bus.md", "Bürgerbus fährt öfter", new DateOnly(2026, 7, 1), "Der Bürgerbus fährt jetzt jede halbe Stunde."),
            ],
            []);

        var list = town.Ask("Neuigkeiten zur Feuerwache Eichwalde");
        var followUp = town.Ask("Und wann ist das fertig?");

        var wache = list.Text.IndexOf("Neue Feuerwache", StringComparison.Ordinal);
        var haushalt = list.Text.IndexOf("Haushalt 2027", StringComparison.Ordinal);
        Assert.True(wache >= 0 && (haushalt < 0 || wache < haushalt), list.Text);
        Assert.Contains("Herbst 2027", followUp.Text);
        Assert.DoesNotContain("Dezember", followUp.Text);
    }

    [Fact]
    public void A_question_about_a_thing_the_articles_on_its_topic_never_name_is_told_so_before_the_articles()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-09-01-fest.md", Title = "Stadtfest in Eichwalde gefeiert", Date = new DateOnly(2026, 9, 1),
                    Teaser = "Eichwalde feierte am Wochenende sein Stadtfest.",
                    Paragraphs = ["Rund 20.000 Besucher kamen zum Stadtfest auf den Marktplatz. Drei Bühnen boten Musik bis Mitternacht."],
                },
                Article("news/2026-10-01-radweg.md", "Neuer Radweg in Eichwalde", new DateOnly(2026, 10, 1), "In Eichwalde ist ein neuer Radweg fertig."),
            ],
            []);

        var reply = town.Ask("Gibt es zum Stadtfest auf dem Marktplatz einen Geldautomaten?");

        Assert.StartsWith("Genau das weiß ich leider nicht", reply.Text);
        Assert.Contains("Stadtfest in Eichwalde gefeiert", reply.Text);
    }

    [Fact]
    public void A_question_about_the_topic_alone_gets_its_articles_without_a_refusal()
    {
        var reply = _town.Ask("Was war beim Stadtfest?");

        Assert.DoesNotContain("leider", reply.Text);
        Assert.Contains("Stadtfest in Eichwalde gefeiert", reply.Text);
    }
}
