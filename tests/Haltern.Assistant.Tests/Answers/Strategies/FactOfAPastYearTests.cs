using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie viele … letztes Jahr …?" asks a fact of the year named, which this year's article may tell ("Im vergangenen
/// Jahr …"): the fact is answered, not the list of last year's news; a question for last year's news still gets them.
/// </summary>
public sealed class FactOfAPastYearTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-03-19-dorffest.md",
                Title = "Dorffest am 20. Juni",
                Date = new DateOnly(2026, 3, 19),
                Teaser = "Die Stadt lädt zum Dorffest auf dem Kirchplatz ein.",
                Paragraphs = ["Im vergangenen Jahr halfen 312 Freiwillige beim Auf- und Abbau."],
            },
            new Article
            {
                Id = "news/2025-06-10-stadtfest.md",
                Title = "Stadtfest war ein Erfolg",
                Date = new DateOnly(2025, 6, 10),
                Teaser = "Rund 20.000 Gäste kamen zum Stadtfest.",
                Paragraphs = ["Die Bühne am Markt war an allen drei Tagen voll."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_count_of_last_year_is_answered_from_this_years_article()
    {
        var reply = _town.Ask("Wie viele Leute haben letztes Jahr beim Dorffest geholfen?");

        Assert.Contains("312", reply.Text);
    }

    [Fact]
    public void Last_years_news_are_still_listed_when_they_are_asked_for()
    {
        var reply = _town.Ask("Was war letztes Jahr los?");

        Assert.Contains("Stadtfest", reply.Text);
    }
}
