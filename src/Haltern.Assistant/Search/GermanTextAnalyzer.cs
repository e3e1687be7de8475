using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// The one analyzer used for indexing and querying: standard tokenizer, lower case, German stop words,
/// German normalisation (ä→a, ö→o, ü→u, ß→ss, and the spellings ae/oe/ue, so "Buergerbuero" and "Bürgerbüro"
/// meet) and the German2 Snowball stemmer. Compounds are split at query time against the index's own vocabulary
/// (<see cref="QueryBuilder"/>), so no word list is kept in code.
/// </summary>
public sealed class GermanTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] ExtraStopWords =
    [
        "wurde", "wurden", "worden", "gibt", "gab", "gäbe", "geben", "gibts", "gibt's", "bitte", "mal", "eigentlich",
        "wann", "wer", "wen", "wem", "wessen", "warum", "wieso", "weshalb", "woher", "wohin", "welchen", "welcher",
        "kannst", "könnten", "müssen", "darf", "dürfen", "möchte", "möchten", "gerne", "gern", "ja", "nein", "hallo",
        // Light verbs and hedges that carry no topic: "Wie viel Geld bekommen die Schulen?" is about Schulen, "Was
        // steht in den neuesten Meldungen?" about nothing but the news, "Was kostet das insgesamt?" about a cost.
        "steht", "stehen", "bekomme", "bekommst", "bekommt", "bekommen", "kriege", "kriegt", "kriegen", "komme", "kommen",
        "kommt",
        // What a word means is asked with words no text is about: "Was bedeutet iSerf?" is about iSerf.
        "bedeutet", "bedeuten", "bedeutung", "meint", "gemeint",
        // A form of address is no topic: "Hat Herr Stegemann Zeit?" asks for Stegemann.
        "herr", "herrn", "frau", "mr", "mrs", "ms",
        // "machen", "stattfinden": "Was wurde im Winter gemacht?" is about the winter, "Wo findet die Sprechstunde
        // statt?" about the Sprechstunde.
        // Counts ("Die letzten drei Meldungen") are no topic.
        "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "one", "two", "three", "four", "five",
        "berichtet", "berichten", "berichtete", "geht", "gehen", "gehe", "passt", "passen",
        // "Wie lautet die Telefonnummer?" asks for the number; "When does the mayor hold office hours?" for the mayor.
        "lautet", "lauten", "hold", "holds",
        "brauche", "brauchst", "braucht", "brauchen", "benötige", "benötigen", "need", "needs",
        "macht", "mache", "machst", "gemacht", "findet", "finden", "statt", "stattfinden", "stattfindet",
        "insgesamt", "ungefähr", "etwa", "circa", "ca", "genau",
        "what", "when", "where", "who", "whom", "how", "which", "why", "do", "does", "did", "can", "could", "would",
        "please", "me", "my", "i", "you", "your", "is", "are", "was", "were", "there", "any",
        // English function words Lucene's list leaves in: "Any news about the Kita?" is about the Kita.
        "about", "from", "get", "got", "go", "goes", "going", "much", "many", "have", "has", "had", "what's", "whats",
        "some", "here", "tell", "know", "want", "like", "should", "will", "may", "might", "must", "new", "old", "all",
        "also", "just", "only", "other", "again", "still", "very", "really", "anything", "something",
    ];

    /// <summary>Lucene's German stop words, plus its English ones for the English questions.</summary>
    private static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, new EnglishPossessiveFilter(Version, tokenizer)); // "mayor's" → "mayor"
        stream = new StopFilter(Version, stream, StopWords);
        return new TokenStreamComponents(tokenizer, Normalize(stream));
    }

    /// <summary>The analysed terms of a text, in order.</summary>
    public IReadOnlyList<string> Terms(string text, string field = "text")
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>Normalises and stems one word the way the analyzer does, stop words included.</summary>
    public static string StemWord(string word)
    {
        using var stream = WordAnalyzer.Instance.GetTokenStream("word", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : string.Empty;
        stream.End();
        return result;
    }

    /// <summary>German2 Snowball stemming ("Bürgermeisters" and "Bürgermeister" meet), after ä/ae folding.</summary>
    private static TokenStream Normalize(TokenStream stream) =>
        new SnowballFilter(new ASCIIFoldingFilter(new GermanNormalizationFilter(stream)), new German2Stemmer());

    private sealed class WordAnalyzer : Analyzer
    {
        public static readonly WordAnalyzer Instance = new();

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, Normalize(new LowerCaseFilter(Version, tokenizer)));
        }
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, GermanAnalyzer.DefaultStopSet.Count + 64, ignoreCase: true);
        foreach (var word in GermanAnalyzer.DefaultStopSet)
        {
            set.Add(word);
        }

        foreach (var word in StopAnalyzer.ENGLISH_STOP_WORDS_SET)
        {
            set.Add(word);
        }

        // Question words and auxiliaries Lucene's list leaves in: they carry no topic.
        foreach (var word in ExtraStopWords)
        {
            set.Add(word);
        }

        return set;
    }
}
