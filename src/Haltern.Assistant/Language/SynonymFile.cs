using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace Haltern.Assistant.Language;

/// <summary>A line of a synonym file that could not be used, and why.</summary>
public sealed record SynonymProblem(int Line, string Reason);

/// <summary>
/// A file in the Solr synonyms format (<c>a, b, c</c>: each word stands for the others; <c>a =&gt; b, c</c>: the
/// left side stands for the right), read with Lucene's <see cref="SolrSynonymParser"/> into a
/// <see cref="SynonymMap"/>, its words analysed as the search analyses them. Each line is read on its own: a line
/// that cannot be used is listed in <see cref="Problems"/> with its number, the others are used. A lookup walks the
/// map's FST once: no scan of the file per question.
/// </summary>
public sealed class SynonymFile
{
    private readonly SynonymMap? _map;

    private SynonymFile(SynonymMap? map, IReadOnlyList<SynonymProblem> problems, int rules)
    {
        _map = map;
        Problems = problems;
        Rules = rules;
    }

    /// <summary>A file with no synonyms.</summary>
    public static SynonymFile Empty { get; } = new(null, [], 0);

    /// <summary>The lines that were not used, with the reason.</summary>
    public IReadOnlyList<SynonymProblem> Problems { get; }

    /// <summary>How many lines were used.</summary>
    public int Rules { get; }

    /// <summary>
    /// Reads <paramref name="reader"/>. <paramref name="expand"/>: whether <c>a, b, c</c> maps each word to all the
    /// others (a thesaurus) rather than all to the first. <paramref name="singleWords"/>: whether an entry of several
    /// words is a problem (where the lookup is by single words).
    /// </summary>
    public static SynonymFile Read(TextReader reader, Analyzer analyzer, bool expand, bool singleWords)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(analyzer);
        var parser = new SolrSynonymParser(dedup: true, expand, analyzer);
        var problems = new List<SynonymProblem>();
        var rules = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            if (Check(text, singleWords) is { } reason)
            {
                problems.Add(new SynonymProblem(number, reason));
                continue;
            }

            try
            {
                parser.Parse(new StringReader(text));
                rules++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException) // Lucene's parser reports an entry that analyses to nothing this way
            {
                problems.Add(new SynonymProblem(number, "a word that is no word to search (only stop words or punctuation)"));
            }
        }

        return new SynonymFile(rules > 0 ? parser.Build() : null, problems, rules);
    }

    /// <summary>Why a line cannot be a rule, or null.</summary>
    private static string? Check(string line, bool singleWords)
    {
        var sides = line.Split("=>");
        if (sides.Length > 2)
        {
            return "more than one '=>'";
        }

        var entries = sides.SelectMany(s => s.Split(',')).Select(e => e.Trim()).ToArray();
        if (entries.Any(e => e.Length == 0))
        {
            return "an empty entry (two commas, or nothing beside '=>')";
        }

        if (sides.Length == 1 && entries.Length < 2)
        {
            return "one word alone: a line needs two words or more, separated by commas";
        }

        return singleWords && entries.Any(e => e.Any(char.IsWhiteSpace)) ? "an entry of several words: write single words" : null;
    }

    /// <summary>The words <paramref name="term"/> (analysed, as the map holds it) stands for; empty if none.</summary>
    public IReadOnlyList<string> Lookup(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_map?.Fst is not { } fst || term.Length == 0)
        {
            return [];
        }

        var reader = fst.GetBytesReader();
        var arc = fst.GetFirstArc(new FST.Arc<BytesRef>());
        var output = fst.Outputs.NoOutput;
        for (var i = 0; i < term.Length;)
        {
            var codePoint = char.ConvertToUtf32(term, i);
            i += char.IsSurrogatePair(term, i) ? 2 : 1;
            if (fst.FindTargetArc(codePoint, arc, arc, reader) is null)
            {
                return [];
            }

            output = fst.Outputs.Add(output, arc.Output);
        }

        if (!arc.IsFinal)
        {
            return [];
        }

        output = fst.Outputs.Add(output, arc.NextFinalOutput);
        var input = new ByteArrayDataInput(output.Bytes, output.Offset, output.Length);
        var count = input.ReadVInt32() >>> 1; // the lowest bit says whether to keep the original
        var words = new string[count];
        var scratch = new BytesRef();
        for (var i = 0; i < count; i++)
        {
            _map.Words.Get(input.ReadVInt32(), scratch);
            words[i] = scratch.Utf8ToString().Replace(SynonymMap.WORD_SEPARATOR, ' ');
        }

        return words;
    }
}
