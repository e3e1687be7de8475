using Haltern.Assistant.Language;
using Lucene.Net.Analysis.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// The words a German compound of the knowledge is split into at index time (see <see cref="GermanTextAnalyzer"/>):
/// the nouns of the shipped thesaurus (<c>Language/de/openthesaurus.txt</c>, about 49,000 words of three letters or
/// more: "Amt", "Rad", "Weg" are parts of many compounds), lower case as written. A fixed dictionary of the
/// language, not the words of one knowledge folder: a folder never seen is split the same way, and an index
/// updated file by file splits every file alike.
/// </summary>
public static class CompoundParts
{
    /// <summary>The shortest part split off.</summary>
    public const int MinPartLength = 3;

    private static readonly Lazy<CharArraySet> Words = new(Load);

    /// <summary>The dictionary, loaded on first use (once per process).</summary>
    public static CharArraySet Dictionary => Words.Value;

    private static CharArraySet Load()
    {
        var stop = StopWords.Index;
        var words = new CharArraySet(GermanTextAnalyzer.Version, 65_536, ignoreCase: true);
        using var reader = LanguageFiles.Open(Thesaurus.File);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            foreach (var range in line.AsSpan().Split(','))
            {
                var word = line.AsSpan()[range].Trim();
                if (word.Length >= MinPartLength && char.IsUpper(word[0]) && !stop.Contains(word.ToArray()))
                {
                    words.Add(word.ToString().ToLowerInvariant());
                }
            }
        }

        return words.AsReadOnly();
    }
}
