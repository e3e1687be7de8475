using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

public sealed class NewestArticlesTests
{
    private static readonly Article[] s_articles = Enumerable.Range(0, 500)
        .Select(i => new Article
        {
            Id = $"news/{i:D3}.md",
            Title = $"Artikel {i}",
            Date = new DateOnly(2000, 1, 1).AddDays((i * 7919) % 9000), // scattered, some days twice
            Paragraphs = [$"Text des Artikels {i}."],
        })
        .ToArray();

    private static IEnumerable<Article> NewestFirst(IEnumerable<Article> articles) =>
        articles.OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal);

    [Fact]
    public void Newest_articles_from_an_index_sorted_by_date_are_the_newest_in_order()
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(s_articles.Reverse().ToArray(), [], []));

        var newest = index.NewestArticles(5);

        Assert.Equal(NewestFirst(s_articles).Take(5).Select(a => a.Id), newest.Select(a => a.Id));
    }

    [Fact]
    public void Newest_articles_within_a_month_are_that_months_articles_newest_first()
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(s_articles, [], []));
        var month = s_articles[123].Date;
        var from = new DateOnly(month.Year, month.Month, 1);

        var inMonth = index.NewestArticles(100, from, from.AddMonths(1));

        var expected = NewestFirst(s_articles.Where(a => a.Date >= from && a.Date < from.AddMonths(1))).Select(a => a.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, inMonth.Select(a => a.Id));
    }
}
