using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A question meets the knowledge through the thesaurus, the staff's synonyms and compounds split both ways,
/// on the real index; a synonym always weighs less than the citizen's own word.
/// </summary>
public sealed class SynonymSearchTests : IDisposable
{
    private static Article Article(string id, string title, string text) =>
        new() { Id = "news/" + id + ".md", Title = title, Date = new DateOnly(2025, 3, 1), Paragraphs = [text] };

    private readonly KnowledgeIndex _index;
    private readonly KnowledgeSearch _search = new();

    public SynonymSearchTests()
    {
        Thesaurus.Loaded();
        _index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                Article("stellplaetze", "Neue Stellplätze am Bahnhof", "Am Bahnhof entstehen vierzig Stellplätze für Pendler."),
                Article("entsorgung", "Müllentsorgung an Feiertagen", "Die Müllentsorgung verschiebt sich an Feiertagen um einen Tag."),
                Article("fahrrad", "Fahrradständer in der Altstadt", "In der Altstadt stehen zwanzig neue Fahrradständer für jedes Fahrrad."),
                Article("gebuehren", "Parkgebührenerhöhung beschlossen", "Der Rat hat die Parkgebührenerhöhung für die Innenstadt beschlossen."),
                Article("ausschuss", "Sitzung im Juni", "Der Bau-, Planungs- und Umweltausschuss tagt im Juni öffentlich."),
                Article("parkplatz", "Parkplatz am See gesperrt", "Der Parkplatz am See ist wegen Bauarbeiten gesperrt."),
                Article("haltestelle", "Haltestelle verlegt", "Die Haltestelle am Markt wird verlegt."),
            ],
            [],
            []),
            synonyms: StaffSynonymFile("Bushalt, Haltestelle"));
    }

    public void Dispose() => _index.Dispose();

    private static SynonymFile StaffSynonymFile(string text) =>
        SynonymFile.Read(new StringReader(text), GermanTextAnalyzer.ForSynonyms, expand: true, singleWords: true);

    private PassageHit? Best(string question) => _search.Passages(_index, _search.Terms(_index, question, [])).FirstOrDefault();

    [Theory]
    [InlineData("Wo gibt es Parkplätze am Bahnhof?", "stellplaetze")]
    [InlineData("Wann ist die Müllabfuhr an Feiertagen?", "entsorgung")]
    [InlineData("Wo kann ich mein Rad in der Altstadt abstellen?", "fahrrad")]
    public void A_question_word_meets_its_synonym_in_the_text(string question, string article)
    {
        var hit = Best(question);

        Assert.NotNull(hit);
        Assert.Equal("news/" + article + ".md", hit.Article.Id);
    }

    [Fact]
    public void A_synonym_is_searched_beside_the_word_and_never_replaces_it()
    {
        var term = Assert.Single(_search.Terms(_index, "Parkplatz", []));

        Assert.Equal(GermanTextAnalyzer.StemWord("Parkplatz"), term.Term);
        Assert.Contains(GermanTextAnalyzer.StemWord("Stellplatz"), term.Synonyms);
    }

    [Fact]
    public void A_text_with_the_citizens_own_word_ranks_above_a_text_with_only_a_synonym()
    {
        var hits = _search.Articles(_index, _search.Terms(_index, "Parkplatz", []));

        Assert.Equal("news/parkplatz.md", hits[0].Article.Id);
        var synonymOnly = Assert.Single(hits, h => h.Article.Id == "news/stellplaetze.md");
        Assert.True(synonymOnly.Coverage < hits[0].Coverage, $"{synonymOnly.Coverage} vs {hits[0].Coverage}");
        Assert.True(synonymOnly.Score < hits[0].Score);
    }

    [Fact]
    public void Separate_words_of_a_question_meet_a_compound_of_the_text()
    {
        var hit = Best("Wurden die Parkgebühren erhöht?");

        Assert.NotNull(hit);
        Assert.Equal("news/gebuehren.md", hit.Article.Id);
    }

    [Theory]
    [InlineData("Wann tagt der Bauausschuss?")]
    [InlineData("Wann tagt der Planungsausschuss?")]
    public void A_compound_of_the_question_meets_hyphenated_coordination_in_the_text(string question)
    {
        var hit = Best(question);

        Assert.NotNull(hit);
        Assert.Equal("news/ausschuss.md", hit.Article.Id);
        Assert.Equal(1, hit.Coverage, 2);
    }

    [Fact]
    public void A_staff_synonym_meets_the_text()
    {
        var hit = Best("Wo ist der Bushalt am Markt?");

        Assert.NotNull(hit);
        Assert.Equal("news/haltestelle.md", hit.Article.Id);
    }
}
