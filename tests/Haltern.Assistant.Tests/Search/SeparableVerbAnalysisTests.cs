using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// The index writes a separable verb that a main clause splits ("holt … ab") also whole, after its finite form, so a
/// question's participle or infinitive ("abgeholt", "vorstellen") meets it; a question is read as written.
/// </summary>
public sealed class SeparableVerbAnalysisTests : IDisposable
{
    private readonly GermanTextAnalyzer _index = GermanTextAnalyzer.ForIndex();
    private readonly GermanTextAnalyzer _question = new();

    public void Dispose()
    {
        _index.Dispose();
        _question.Dispose();
    }

    private static string Stem(string word) => GermanTextAnalyzer.StemWord(word);

    private static readonly string[] Prefixes = ["ab", "an", "auf", "aus", "vor", "ein", "mit"];

    [Theory]
    [InlineData("Am Samstag, 9. Mai, holt der Bauhof den Grünschnitt ab.", "abholt")]
    [InlineData("Im vergangenen Jahr rückten die Helferinnen 80-mal aus, meist nachts.", "ausrückten")]
    [InlineData("Die Kämmerin stellt den Entwurf vor und der Rat berät ihn.", "vorstellt")]
    public void A_split_verb_is_indexed_whole_too(string text, string whole)
    {
        Assert.Contains(Stem(whole), _index.Terms(text));
    }

    [Theory]
    [InlineData("Die neue Brücke ist ab Mai offen.")]
    [InlineData("Im Herbst beginnen die Arbeiten an der Schule.")]
    [InlineData("Die Stadt baut am Markt einen Kreisel, der Verkehr läuft weiter.")]
    public void A_clause_that_does_not_end_in_a_verbs_prefix_adds_nothing(string text)
    {
        var written = _question.Terms(text);

        Assert.DoesNotContain(_index.Terms(text), t => !written.Contains(t) && Prefixes.Any(p => t.Length > p.Length + 2 && t.StartsWith(p, StringComparison.Ordinal)));
    }
}
