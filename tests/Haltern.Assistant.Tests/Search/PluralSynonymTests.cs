using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A plural the thesaurus lists only in a set of another sense ("Tannenbäume" beside the flares called "Christbäume")
/// is searched with its singular's synonyms ("Tannenbaum": "Weihnachtsbaum"), where its own give no word the index
/// holds; a compound's part is not (its base form may be another word: "Pumpe", "Pump").
/// </summary>
public sealed class PluralSynonymTests : IDisposable
{
    private readonly KnowledgeIndex _index;

    public PluralSynonymTests()
    {
        Thesaurus.Loaded();
        _index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                new Article
                {
                    Id = "news/2026-12-20-baeume.md",
                    Title = "Abholung nach dem Fest",
                    Date = new DateOnly(2026, 12, 20),
                    Paragraphs = ["Die Weihnachtsbäume holt die Jugendfeuerwehr am Samstag, 9. Januar, ab."],
                },
            ],
            [],
            []));
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_plurals_singular_brings_the_synonym_the_text_writes()
    {
        var term = new KnowledgeSearch().Terms(_index, "Wann werden die Tannenbäume abgeholt?", []).Single(t => t.Term == GermanTextAnalyzer.StemWord("Tannenbaum"));

        Assert.Contains(GermanTextAnalyzer.StemWord("Weihnachtsbaum"), term.Synonyms);
    }
}
