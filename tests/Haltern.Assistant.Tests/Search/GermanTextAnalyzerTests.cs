using Haltern.Assistant.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace Haltern.Assistant.Tests.Search;

public sealed class GermanTextAnalyzerTests
{
    private readonly GermanTextAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Bürgerbüro", "Buergerbuero")]
    [InlineData("Öffnungszeiten", "oeffnungszeiten")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Bürgermeisters", "Bürgermeister")]
    [InlineData("Förderanträge", "Foerderantraege")]
    public void Terms_spellings_of_one_word_analyse_alike(string a, string b)
    {
        Assert.Equal(_analyzer.Terms(a), _analyzer.Terms(b));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Terms_of_an_empty_text_are_none(string text)
    {
        Assert.Empty(new GermanTextAnalyzer().Terms(text));
        Assert.Empty(GermanTextAnalyzer.ForIndex().Terms(text));
    }

    [Fact]
    public void Terms_stop_words_and_case_are_dropped()
    {
        Assert.Equal(_analyzer.Terms("bürgerbüro"), _analyzer.Terms("Wie ist die Nummer vom Bürgerbüro?").Where(t => t != _analyzer.Terms("Nummer")[0]));
        Assert.Empty(_analyzer.Terms("und die der das"));
    }

    [Theory]
    [InlineData("dass")]
    [InlineData("daß")]
    public void The_conjunction_dass_in_either_spelling_carries_no_topic(string conjunction)
    {
        Assert.Equal(_analyzer.Terms("Wochenmarkt umzieht"), _analyzer.Terms($"Ist es wahr, {conjunction} der Wochenmarkt umzieht?").Where(t => t != _analyzer.Terms("wahr")[0]));
    }

    [Theory]
    [InlineData("Wen rufe ich wegen der Baustelle an?", "Baustelle", "Weg")]
    [InlineData("Was mache ich, falls die Tonne voll ist?", "Tonne", "Fall")]
    [InlineData("Seit wann ist das Hallenbad zu?", "Hallenbad", "seit")]
    public void A_preposition_or_conjunction_that_stemmed_would_meet_a_noun_carries_no_topic(string question, string topic, string noun)
    {
        var terms = _analyzer.Terms(question);

        Assert.Contains(_analyzer.Terms(topic)[0], terms);
        Assert.DoesNotContain(_analyzer.Terms(noun).FirstOrDefault() ?? noun.ToLowerInvariant(), terms);
    }

    [Theory]
    [InlineData("Die Kita hat 20 Plätze für Kinder unter drei Jahren.")]
    [InlineData("Zehn Plätze sind für Kinder unter 3 Jahren.")]
    [InlineData("Die Gruppe ist für Kinder unter Dreijaehrigen gedacht.")]
    public void A_phrase_an_initialism_stands_for_is_read_with_the_initialism(string text)
    {
        Assert.Contains(_analyzer.Terms("U3-Plätze")[0], _analyzer.Terms(text));
        Assert.DoesNotContain(_analyzer.Terms("U3")[0], _analyzer.Terms("Die Kita hat 20 Plätze für Kinder unter sechs Jahren."));
    }

    [Theory]
    [InlineData("Die Plätze in der Offenen Ganztagsschule steigen auf 120.", "OGS-Plätze")]
    [InlineData("Der Offene Ganztag bekommt eine Mensa.", "OGS")]
    [InlineData("Das Dorfgemeinschaftshaus bekommt ein neues Dach.", "DGH")]
    [InlineData("Den Personalausweis beantragen Sie im Bürgerbüro.", "Perso")]
    public void A_phrase_a_short_word_stands_for_is_read_with_the_short_word(string text, string question)
    {
        Assert.Contains(_analyzer.Terms(question)[0], _analyzer.Terms(text));
    }

    [Fact]
    public void A_preposition_fused_with_its_article_or_a_spoken_article_carries_no_topic()
    {
        Assert.Empty(_analyzer.Terms("beim fürs fuer aufs übers nen ne mim"));
        Assert.Equal(_analyzer.Terms("Kampfhund"), _analyzer.Terms("fuer nen Kampfhund"));
    }

    [Theory]
    [InlineData("Warum ist die Gebühr teurer geworden?", "geworden")]
    [InlineData("Ist die Gebühr höher gewesen?", "gewesen")]
    [InlineData("Was gabs zur Gebühr?", "gabs")]
    [InlineData("Wie hoch ist die Gebühr grad?", "grad")]
    [InlineData("Gilt die Gebühr gerade?", "gerade")]
    [InlineData("Stimmt es, dass die Gebühr steigt?", "stimmt")]
    [InlineData("Ich hätte eine Frage zur Gebühr.", "Frage")]
    [InlineData("Kann ich die Gebühr einfach überweisen?", "einfach")]
    [InlineData("Ist die Gebühr vielleicht gesunken?", "vielleicht")]
    [InlineData("Muss ich dann nix an Gebühr zahlen?", "nix")]
    [InlineData("Wie hoch war die Gebühr nochmal?", "nochmal")]
    [InlineData("Was kostet die Gebühr wirklich?", "wirklich")]
    [InlineData("Wo krieg ich die Gebühr erstattet?", "krieg")]
    public void Auxiliary_participles_and_hedges_carry_no_topic(string question, string word)
    {
        var terms = _analyzer.Terms(question);

        Assert.DoesNotContain(GermanTextAnalyzer.StemWord(word), terms);
        Assert.Contains(GermanTextAnalyzer.StemWord("Gebühr"), terms);
    }

    [Theory]
    [InlineData("Die L 613 wird ab Montag gesperrt.", "Wann wird die L613 gesperrt?", "l613")]
    [InlineData("Der Radweg an der K 27 ist fertig.", "Radweg an der K-27?", "k27")]
    [InlineData("Die B 58 bekommt eine Ampel.", "Ampel an der B58", "b58")]
    public void A_roads_number_meets_its_letter_with_or_without_a_space(string text, string question, string road)
    {
        Assert.Contains(road, GermanTextAnalyzer.ForIndex().Terms(text));
        Assert.Contains(road, _analyzer.Terms(question));
    }

    [Fact]
    public void A_capital_letter_before_a_number_that_names_no_road_is_left_alone()
    {
        Assert.DoesNotContain("e2", _analyzer.Terms("Gebäude E 2 ist geschlossen."));
    }

    [Theory]
    [InlineData("Die L 613 wird ab Montag gesperrt.")]
    [InlineData("Die Kita hat 20 Plätze für Kinder unter drei Jahren.")]
    [InlineData("Die K-27 bei der Kita für Kinder unter 3 Jahren und die B 58 werden gesperrt; unter Dreijährige zahlen nichts.")]
    [InlineData("Hin- und Rückfahrt über die L\u00A0613, Jugend-, Sozial- und Schulamt für unter Dreijaehrigen.")]
    [InlineData("Gebäude E 2 ist geschlossen.")]
    [InlineData("Wie ist die Telefonnummer vom Bürgerbüro?")]
    public void A_text_is_analysed_as_with_every_char_filter_in_place(string text)
    {
        foreach (var index in new[] { false, true })
        {
            Assert.Equal(Tokens(new GermanTextAnalyzer(index, everyFilter: true), text), Tokens(new GermanTextAnalyzer(index), text));
        }
    }

    /// <summary>Each token of <paramref name="text"/> with its position increment and its offsets in the text.</summary>
    private static List<(string Term, int Increment, int Start, int End)> Tokens(GermanTextAnalyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    [Fact]
    public void Stem_word_matches_the_analyzer()
    {
        Assert.Equal(_analyzer.Terms("Sprechstunden")[0], GermanTextAnalyzer.StemWord("Sprechstunden"));
    }
}
