using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// An office's card wins a tie with an article's sentence where its fields answer (a number, an address), but not
/// where what is asked only a text can say (where the money comes from, why, how much): there the article's
/// sentence that says it answers.
/// </summary>
public sealed class OfficeOrArticleForTextTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-02-01-lindenbad.md",
                Title = "Lindenbad wird saniert",
                Date = new DateOnly(2026, 2, 1),
                Teaser = "Das Lindenbad bleibt bis zum Herbst 2027 geschlossen.",
                Paragraphs =
                [
                    "Das Lindenbad wird für 6,4 Millionen Euro saniert.",
                    "40 Prozent der Kosten trägt der Bund aus einem Sportstättenprogramm, den Rest zahlt die Stadt.",
                    "Geschlossen ist das Bad seit dem 2. Februar 2026.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/lindenbad.md",
                Title = "Lindenbad",
                Phone = "0123 456-800",
                Keywords = ["Schwimmbad", "Hallenbad"],
                Paragraphs = ["Das Lindenbad ist wegen der Sanierung geschlossen."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Where_the_money_comes_from_is_the_articles_sentence_not_the_offices_card()
    {
        var reply = _town.Ask("Woher kommt das Geld fürs Lindenbad?");

        Assert.Contains("40 Prozent", reply.Text);
    }

    [Fact]
    public void A_detail_of_the_office_is_still_its_card()
    {
        var reply = _town.Ask("Telefonnummer vom Lindenbad?");

        Assert.Contains("456-800", reply.Text);
    }

    [Fact]
    public void After_the_offices_answer_who_pays_is_asked_of_the_article_about_it()
    {
        _town.Ask("Telefonnummer vom Lindenbad?");

        var reply = _town.Ask("Und woher kommt das Geld dafür?");

        Assert.Contains("40 Prozent", reply.Text);
    }

    [Fact]
    public void After_the_offices_answer_since_when_is_asked_of_the_article_about_it()
    {
        _town.Ask("Telefonnummer vom Lindenbad?");

        var reply = _town.Ask("Und seit wann?");

        Assert.Contains("2. Februar 2026", reply.Text);
    }

    [Fact]
    public void After_the_offices_answer_a_price_is_not_taken_from_an_article()
    {
        _town.Ask("Telefonnummer vom Lindenbad?");

        var reply = _town.Ask("Und was kostet das?");

        Assert.DoesNotContain("6,4 Millionen", reply.Text);
    }
}
