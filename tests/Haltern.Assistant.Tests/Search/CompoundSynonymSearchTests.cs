using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A question's compound meets a text that writes it with another word for one of its parts, or that names a kind
/// of the thing asked; on the real index, always below the citizen's own word.
/// </summary>
public sealed class CompoundSynonymSearchTests : IDisposable
{
    private static Article Article(string id, string title, string text) =>
        new() { Id = "news/" + id + ".md", Title = title, Date = new DateOnly(2026, 3, 1), Paragraphs = [text] };

    private readonly KnowledgeIndex _index;
    private readonly KnowledgeSearch _search = new();

    public CompoundSynonymSearchTests()
    {
        Thesaurus.Loaded();
        _index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                Article("kalender", "Abfallkalender wird verteilt", "Der neue Abfallkalender kommt ab dem 30. November in alle Haushalte."),
                Article("geraetehaus", "Richtfest gefeiert", "Am Freitag wurde das neue Gerätehaus der Feuerwehr gefeiert."),
                Article("gebuehren", "Abfallgebühren steigen", "Die Abfallgebühren steigen, weil die Verbrennung teurer wird."),
                Article("parken", "Parkgebühren steigen", "Die Parkgebühren steigen ab März, weil die Automaten teurer werden."),
                Article("hallenbad", "Hallenbad schließt", "Das Hallenbad schließt am 1. September für die Sanierung. Das Bad öffnet Ende 2027 wieder."),
            ],
            [],
            []));
    }

    public void Dispose() => _index.Dispose();

    private PassageHit? Best(string question) => _search.Passages(_index, _search.Terms(_index, question, [])).FirstOrDefault();

    [Theory]
    [InlineData("Wann kommt der neue Müllkalender?", "kalender")]
    [InlineData("Warum steigen die Müllgebühren?", "gebuehren")]
    public void A_question_compound_meets_the_text_compound_that_has_a_synonym_for_one_part(string question, string article)
    {
        var hit = Best(question);

        Assert.NotNull(hit);
        Assert.Equal("news/" + article + ".md", hit.Article.Id);
        Assert.True(hit.Coverage >= 0.55, $"coverage {hit.Coverage}");
    }

    [Fact]
    public void A_part_met_through_a_synonym_counts_below_the_citizens_own_part()
    {
        var synonym = Best("Wann kommt der neue Müllkalender?");
        var own = Best("Wann kommt der neue Abfallkalender?");

        Assert.NotNull(synonym);
        Assert.NotNull(own);
        Assert.True(synonym.Coverage < own.Coverage, $"{synonym.Coverage} vs {own.Coverage}");
    }

    [Fact]
    public void A_compound_whose_parts_no_text_stands_for_is_not_split_into_synonyms()
    {
        var terms = _search.Terms(_index, "Wann kommt der Zauberkalender?", []);

        Assert.All(terms, t => Assert.Empty(t.Compound));
    }

    [Fact]
    public void A_synonym_that_is_the_last_part_of_a_word_of_the_text_counts_as_a_kind_of_the_thing_asked()
    {
        var schwimmbad = Assert.Single(_search.Terms(_index, "Schwimmbad", []));
        var hallenbad = _index.TermsOf("test:hallenbad", () => "Das Hallenbad schließt am 1. September für die Sanierung.");
        var other = _index.TermsOf("test:technik", () => "Die Badewassertechnik wird am 1. September erneuert.");

        var coverage = KnowledgeSearch.Coverage([schwimmbad], hallenbad);

        Assert.True(coverage > 0 && coverage < 0.7, $"coverage {coverage}");
        Assert.Equal(0, KnowledgeSearch.Coverage([schwimmbad], other));
    }
}
