using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>The index's analyzer splits compounds and writes out hyphenated coordination; the question's does not split.</summary>
public sealed class CompoundAnalysisTests : IDisposable
{
    private readonly GermanTextAnalyzer _index = GermanTextAnalyzer.ForIndex();
    private readonly GermanTextAnalyzer _question = new();

    public void Dispose()
    {
        _index.Dispose();
        _question.Dispose();
    }

    private static string Stem(string word) => GermanTextAnalyzer.StemWord(word);

    [Fact]
    public void A_compound_of_the_knowledge_is_indexed_with_its_parts()
    {
        var terms = _index.Terms("Die Parkgebührenerhöhung gilt ab Mai.");

        Assert.Contains(Stem("Parkgebührenerhöhung"), terms);
        Assert.Contains(Stem("Gebühren"), terms);
        Assert.Contains(Stem("Erhöhung"), terms);
    }

    [Fact]
    public void A_part_that_is_itself_a_compound_is_indexed_with_its_parts()
    {
        var terms = _index.Terms("Die Restabfalltonne wird geleert.");

        Assert.Contains(Stem("Abfalltonne"), terms);
        Assert.Contains(Stem("Abfall"), terms);
        Assert.Contains(Stem("Tonne"), terms);
    }

    [Fact]
    public void A_dictionary_word_that_is_a_compound_is_indexed_with_its_last_part_only()
    {
        var terms = _index.Terms("Die Mülltonnen");

        Assert.Equal([Stem("Mülltonnen"), Stem("Tonne")], terms);
    }

    [Theory]
    [InlineData("Es entstehen 40 Betreuungsplätze.", "Platz")]
    [InlineData("Die Bauernhöfe bekommen Glasfaser.", "Hof")]
    public void A_compound_whose_last_part_wears_the_plurals_umlaut_is_indexed_with_that_part(string text, string part)
    {
        Assert.Contains(Stem(part), _index.Terms(text));
    }

    [Fact]
    public void A_first_part_with_an_umlaut_the_dictionary_lacks_is_no_other_word_without_it()
    {
        Assert.DoesNotContain(Stem("Raum"), _index.Terms("Die Räumfahrzeuge stehen bereit."));
    }

    [Fact]
    public void A_question_keeps_its_compound_whole()
    {
        Assert.Equal([Stem("Parkgebührenerhöhung")], _question.Terms("Parkgebührenerhöhung"));
    }

    [Fact]
    public void A_word_that_is_no_compound_is_indexed_once()
    {
        Assert.Equal([Stem("Ausschuss")], _index.Terms("Ausschuss"));
    }

    [Fact]
    public void Hyphenated_coordination_yields_each_full_compound()
    {
        var terms = _index.Terms("Der Bau-, Planungs- und Umweltausschuss tagt.");

        Assert.Contains(Stem("Bauausschuss"), terms);
        Assert.Contains(Stem("Planungsausschuss"), terms);
        Assert.Contains(Stem("Umweltausschuss"), terms);
    }

    [Theory]
    [InlineData("Die Ein- und Ausfahrt ist gesperrt.", "Einfahrt", "Ausfahrt")]
    [InlineData("Kinder- oder Jugendhilfe", "Kinderhilfe", "Jugendhilfe")]
    [InlineData("Ein getrennter Rad- und Fußweg entsteht.", "Radweg", "Fußweg")]
    public void Two_coordinated_compounds_are_both_written_out_for_questions_too(string text, string first, string second)
    {
        var terms = _question.Terms(text);

        Assert.Contains(Stem(first), terms);
        Assert.Contains(Stem(second), terms);
    }

    [Fact]
    public void A_hyphen_that_joins_no_coordination_changes_nothing()
    {
        Assert.Equal(_question.Terms("Bürger Sprechstunde und Beratung"), _question.Terms("Bürger-Sprechstunde und Beratung"));
    }

    [Fact]
    public void Words_that_carry_no_topic_in_a_question_are_dropped_from_questions_only()
    {
        Assert.Empty(_question.Terms("Wo findet das bitte statt?"));
        Assert.Contains(Stem("findet"), _index.Terms("Wo findet das bitte statt?"));
        Assert.Empty(_index.Terms("wann wurde es und die der das"));
    }

    [Fact]
    public void A_noun_that_Lucene_drops_as_a_function_word_is_kept_where_it_is_written_as_a_noun()
    {
        Assert.Contains(Stem("Weg"), _index.Terms("Der neue Weg ist drei Meter breit."));
        Assert.Contains(Stem("Weg"), _index.Terms("Der Wanderweg führt am See entlang."));
        Assert.DoesNotContain(Stem("Weg"), _index.Terms("Der Sperrmüll muss bis Freitag weg."));
        Assert.Empty(_question.Terms("Wann ist das weg?"));
    }
}
