using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>A question's words count in a hit's coverage by how rare they are in the index, on the real index.</summary>
public sealed class RarityCoverageTests : IDisposable
{
    private static Article Article(string id, string title, string text) =>
        new() { Id = "news/" + id + ".md", Title = title, Date = new DateOnly(2026, 3, 1), Paragraphs = [text] };

    private readonly KnowledgeIndex _index = KnowledgeIndex.Build(new KnowledgeSet(
        [
            Article("geraetehaus", "Neues Gerätehaus", "Das neue Gerätehaus der Feuerwehr ist fertig."),
            Article("kita", "Neue Kita", "Die neue Kita hat sechs Gruppen."),
            Article("radweg", "Neuer Radweg", "Der neue Radweg führt zum See."),
            Article("schule", "Neue Mensa", "Die neue Mensa der Schule ist eröffnet."),
            Article("bus", "Neuer Bus", "Der neue Bürgerbus fährt samstags."),
            Article("laub", "Laubsammlung", "Die Laubsammlung beginnt im Oktober."),
        ],
        [],
        []));

    private readonly KnowledgeSearch _search = new();

    public void Dispose() => _index.Dispose();

    private double Coverage(string question, string text) =>
        KnowledgeSearch.Coverage(_search.Terms(_index, question, []), _index.TermsOf("test:" + text, () => text));

    [Fact]
    public void A_text_with_the_rare_word_of_the_question_covers_it_better_than_one_with_the_common_word()
    {
        var rare = Coverage("neue Laubsammlung", "Die Laubsammlung beginnt im Oktober.");
        var common = Coverage("neue Laubsammlung", "Das neue Gerätehaus der Feuerwehr ist fertig.");

        Assert.True(rare > 0.55, $"rare {rare}");
        Assert.True(common < 0.45, $"common {common}");
    }

    [Fact]
    public void A_word_no_text_holds_counts_as_much_as_an_ordinary_word_of_the_question()
    {
        var terms = _search.Terms(_index, "Laubsammlung Zauberwort", []);

        Assert.Equal(terms[0].Weight, terms[1].Weight, 6);
        Assert.Equal(0.5, Coverage("Laubsammlung Zauberwort", "Die Laubsammlung beginnt im Oktober."), 6);
    }

    [Fact]
    public void Weights_lie_between_a_half_and_one()
    {
        Assert.All(_search.Terms(_index, "neue Laubsammlung Feuerwehr", []), t => Assert.InRange(t.Weight, 0.5, 1));
    }
}
