using Haltern.Assistant.Language;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Language;

/// <summary>The shipped language files: each names its source, and loading them gives their words.</summary>
public sealed class LanguageDataTests
{
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in LanguageFiles.All())
        {
            files.Add(file);
        }

        return files;
    }

    [Fact]
    public void The_language_files_are_shipped()
    {
        Assert.Contains("de/openthesaurus.txt", LanguageFiles.In("de"));
        Assert.Contains("de/stopwords-question.txt", LanguageFiles.In("de"));
        Assert.Contains("en/glossary.txt", LanguageFiles.In("en"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_names_its_source_and_licence_in_its_first_comment_lines(string file)
    {
        using var reader = LanguageFiles.Open(file);
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
        {
            header.Add(line);
        }

        var text = string.Join("\n", header);
        Assert.True(header.Count > 0, file + " has no comment lines");
        Assert.True(text.Contains("written for this project", StringComparison.OrdinalIgnoreCase) || text.Contains("OpenThesaurus", StringComparison.Ordinal), file + ": no source named");
        Assert.True(text.Contains("licence", StringComparison.OrdinalIgnoreCase) || text.Contains("license", StringComparison.OrdinalIgnoreCase), file + ": no licence named");
    }

    [Fact]
    public void The_stop_word_lists_load_with_lucenes_sets_and_the_projects_additions()
    {
        Assert.Contains("und", (ISet<string>)StopWords.Index); // Lucene's German set
        Assert.Contains("the", (ISet<string>)StopWords.Index); // Lucene's English set
        Assert.Contains("wurde", (ISet<string>)StopWords.Index); // de/stopwords-index.txt
        Assert.Contains("whom", (ISet<string>)StopWords.Index); // en/stopwords-index.txt
        Assert.Contains("bitte", (ISet<string>)StopWords.Question);
        Assert.DoesNotContain("bitte", (ISet<string>)StopWords.Index);
        Assert.DoesNotContain("#", (ISet<string>)StopWords.Question);
    }

    [Fact]
    public void The_word_lists_read_only_words_not_comments()
    {
        var words = WordListFile.Words("de/date-context.txt");

        Assert.Contains("nächsten", words);
        Assert.All(words, w => Assert.DoesNotContain(' ', w));
    }

    [Fact]
    public void The_thesaurus_loads_its_sets_and_knows_common_synonyms()
    {
        var thesaurus = Thesaurus.Loaded();

        Assert.True(thesaurus.Sets > 20_000, $"{thesaurus.Sets} sets");
        Assert.Contains("stellplatz", thesaurus.Lookup("parkplatz"));
        Assert.Contains("mullentsorgung", thesaurus.Lookup("mullabfuhr")); // folded as the search folds: ü→u
        Assert.Contains("fahrrad", thesaurus.Lookup("rad"));
        Assert.DoesNotContain("spiel", thesaurus.Lookup("wetter")); // "Wetter" is no "Wette": words, not stems, are looked up
    }

    [Fact]
    public void The_compound_dictionary_holds_the_thesaurus_nouns_and_no_stop_words()
    {
        Assert.Contains("ausschuss", (ISet<string>)CompoundParts.Dictionary);
        Assert.Contains("erhöhung", (ISet<string>)CompoundParts.Dictionary);
        Assert.Contains("amt", (ISet<string>)CompoundParts.Dictionary);
        Assert.DoesNotContain("statt", (ISet<string>)CompoundParts.Dictionary);
    }

    [Theory]
    [InlineData("Bürgeramt, Bürgerbüro\nnur ein Wort\nParkhaus, , Tiefgarage\nGelbe Tonne, Wertstofftonne\nRad => Fahrrad", new[] { 2, 3, 4 })]
    [InlineData("# Kommentar\n\nA => B => C\nSpielplatz, Bolzplatz", new[] { 3 })]
    public void A_synonym_line_that_cannot_be_used_is_reported_with_its_number_and_the_rest_is_used(string text, int[] bad)
    {
        var file = SynonymFile.Read(new StringReader(text), new Lucene.Net.Analysis.Core.SimpleAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48), expand: true, singleWords: true);

        Assert.Equal(bad, file.Problems.Select(p => p.Line));
        Assert.All(file.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.Equal(text.Split('\n').Count(l => l.Length > 0 && !l.StartsWith('#')) - bad.Length, file.Rules);
    }

    [Fact]
    public void The_glossary_translates_a_phrase_before_its_words()
    {
        var found = Haltern.Assistant.Understanding.Glossary.Translate("Where is the cycle path?");

        Assert.Contains(found, f => f.Word == "cycle" && f.German.Contains("Radweg"));
    }
}
