using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Haltern.Assistant.Language;

/// <summary>Reads the shipped word lists (one word a line, <c>#</c> comments) with Lucene's <see cref="WordlistLoader"/>.</summary>
public static class WordListFile
{
    /// <summary>The words of the shipped files <paramref name="paths"/> (below <c>Language/</c>), lower case, compared ignoring case.</summary>
    public static CharArraySet Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var words = new CharArraySet(LuceneVersion.LUCENE_48, 64, ignoreCase: true);
        foreach (var path in paths)
        {
            using var reader = LanguageFiles.Open(path);
            words.UnionWith(WordlistLoader.GetWordSet(reader, "#", LuceneVersion.LUCENE_48));
        }

        return words;
    }

    /// <summary>The words of the shipped files <paramref name="paths"/> as strings, for lookups outside Lucene.</summary>
    public static IReadOnlyList<string> Words(params string[] paths) =>
        Load(paths).Select(w => w?.ToString() ?? string.Empty).Where(w => w.Length > 0).ToArray();
}
