using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// The analyzer of the index and of questions: standard tokenizer, lower case, stop words, German normalisation
/// (ä→a, ö→o, ü→u, ß→ss, and the spellings ae/oe/ue, so "Buergerbuero" and "Bürgerbüro" meet) and the German2
/// Snowball stemmer; hyphenated coordination is written out first ("Hin- und Rückfahrt": "Hinfahrt", see
/// <see cref="CoordinationCharFilter"/>). The two flavours differ in two steps only. The index's
/// (<see cref="ForIndex"/>) adds each compound's parts at the compound's position ("Hundesteuerbescheid" is also
/// "Hund", "Steuer" and "Bescheid"; <see cref="CompoundParts"/>), so a question's separate words meet it; a question is not
/// split so, since its compound is split against the index's own words when the index lacks it (see
/// <see cref="KnowledgeSearch"/>), and each of its words stays one topic word. The question's
/// (the default) also drops the words that carry no topic in a question (<see cref="StopWords.Question"/>).
/// Parts share the compound's position, so they add nothing to a text's length under BM25.
/// </summary>
public sealed class GermanTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Names how the index analyses its texts; change it with the analysis (stop words, compound splitting, its
    /// dictionary), so an index kept on disk (<c>Knowledge:IndexPath</c>) is built anew rather than reused.
    /// </summary>
    public const string IndexVersion = "analysis-14";

    private readonly bool _index;
    private readonly bool _everyFilter;

    /// <summary>The analyzer for questions.</summary>
    public GermanTextAnalyzer()
        : this(index: false)
    {
    }

    /// <param name="index">True for the index's flavour (<see cref="ForIndex"/>).</param>
    /// <param name="everyFilter">
    /// True to put in every pattern's char filter whether or not its pattern occurs in the text, for comparison: the
    /// analysis is the same (<see cref="InitReader"/>).
    /// </param>
    internal GermanTextAnalyzer(bool index, bool everyFilter = false)
    {
        _index = index;
        _everyFilter = everyFilter;
    }

    /// <summary>The analyzer for the knowledge's texts, which adds the parts of compounds.</summary>
    public static GermanTextAnalyzer ForIndex() => new(index: true);

    /// <remarks>
    /// A pattern's filter is put in only where its pattern occurs in the text it reads: Lucene's filter copies the
    /// whole text through buffers of its own whether or not anything is replaced (the largest allocation of a
    /// question's analysis), and one that replaces nothing passes the text and its offsets on unchanged.
    /// </remarks>
    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        var coordinated = new CoordinationCharFilter(reader, CompoundParts.Dictionary);
        // The index's texts write a split separable verb also whole ("holt … ab": "abholt"); a question is read as written.
        TextReader read = _index ? new SeparableVerbCharFilter(coordinated) : coordinated;
        if (_everyFilter)
        {
            return Initialisms.Around(new PatternReplaceCharFilter(RoadNumber, "$1$2", read), text: null);
        }

        var text = read is SeparableVerbCharFilter separable ? separable.Text : coordinated.Text;
        TextReader filtered = read;
        if (RoadNumber.IsMatch(text))
        {
            filtered = new PatternReplaceCharFilter(RoadNumber, "$1$2", filtered);
            text = RoadNumber.Replace(text, "$1$2");
        }

        return Initialisms.Around(filtered, text);
    }

    /// <summary>
    /// A road's number as German writes it, the letter of its kind (Autobahn, Bundes-, Landes-, Kreisstraße) and its
    /// number with a space or a hyphen between ("L 613", "K-27", "B 58"): written as one word ("L613"), as citizens type it.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex RoadNumber =
        new(@"\b([ABKL])[ \u00A0-](\d{1,4})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        // A noun of StopWords.Nouns written in lower case is the function word ("muss weg"), dropped; capitalised, the noun ("der Weg").
        TokenStream stream = new LowerCaseFilter(Version, new StopFilter(Version, new EnglishPossessiveFilter(Version, tokenizer), StopWords.Nouns)); // "mayor's" → "mayor"
        if (_index)
        {
            stream = new GermanCompoundFilter(stream, CompoundParts.Dictionary);
        }

        stream = new StopFilter(Version, stream, StopWords.Index);
        if (!_index)
        {
            stream = new StopFilter(Version, stream, StopWords.Question);
        }

        // A part that is the whole word, or stems as another part does, is left once.
        return new TokenStreamComponents(tokenizer, new RemoveDuplicatesTokenFilter(Normalize(stream)));
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

    /// <summary>
    /// The analysed terms of a text as a set, with the words as written (<see cref="AnalyzedText.Words"/>) told apart
    /// from the compound parts the index analyzer adds (those stand at their compound's position).
    /// </summary>
    internal AnalyzedText Analyze(string text, string field = "text")
    {
        var analyzed = new AnalyzedText();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            analyzed.Add(value);
            if (increment.PositionIncrement > 0)
            {
                analyzed.Words.Add(value);
            }
        }

        stream.End();
        return analyzed;
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

    /// <summary>
    /// The analyzer synonym files are read with, and a question's words looked up in them: the words as written,
    /// lower case and folded (ä→a, ae→a), not stemmed, since stems of different words meet ("Laden" and "laden"
    /// are both "wett") and would bring each other's synonyms. No stop words dropped, no compounds split.
    /// </summary>
    internal static Analyzer ForSynonyms { get; } = new SynonymAnalyzer();

    /// <summary>The words of <paramref name="text"/> as <see cref="ForSynonyms"/> writes them.</summary>
    internal static IReadOnlyList<string> FoldedWords(string text)
    {
        var words = new List<string>();
        using var stream = ForSynonyms.GetTokenStream("word", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private sealed class SynonymAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(Version, tokenizer))));
        }
    }

    private sealed class WordAnalyzer : Analyzer
    {
        public static readonly WordAnalyzer Instance = new();

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, Normalize(new LowerCaseFilter(Version, tokenizer)));
        }
    }
}

/// <summary>A text's analysed terms, compound parts included, and its <see cref="Words"/> as written.</summary>
internal sealed class AnalyzedText() : HashSet<string>(StringComparer.Ordinal)
{
    /// <summary>The terms of the words as written, without the parts of compounds.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
}
