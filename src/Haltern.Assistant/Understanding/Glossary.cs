using System.Text.RegularExpressions;
using Haltern.Assistant.Language;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Synonym;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The German words for the English words citizens use about a town's offices and news ("school", "pool",
/// "cycle path"), so that an English question meets a German knowledge folder: <c>Language/en/glossary.txt</c>,
/// read once with Lucene's <see cref="SolrSynonymParser"/> (through <see cref="SynonymFile"/>). The search uses a
/// translation only where the index holds it, as another form of the English word.
/// </summary>
public static partial class Glossary
{
    private static readonly Lazy<SynonymFile> Entries = new(() =>
    {
        using var reader = LanguageFiles.Open("en/glossary.txt");
        return SynonymFile.Read(reader, new WordsAnalyzer(), expand: false, singleWords: false);
    });

    /// <summary>
    /// The English words of <paramref name="text"/> the glossary knows, each with its German words; a word of a
    /// phrase it knows ("cycle path") gets the phrase's, as written or with its last word in the singular ("summer
    /// holidays", "cycle paths"). Plurals are read as their singular ("schools", "libraries").
    /// </summary>
    public static IReadOnlyList<(string Word, IReadOnlyList<string> German)> Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var found = new List<(string Word, IReadOnlyList<string> German)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && (Lookup($"{words[i]} {words[i + 1]}") ?? Lookup($"{words[i]} {Singular(words[i + 1])}")
                    ?? BaseForms(words[i]).Select(b => Lookup($"{b} {words[i + 1]}")).FirstOrDefault(g => g is not null)) is { } phrase)
            {
                found.Add((words[i], phrase));
                found.Add((words[i + 1], phrase));
                i++;
                continue;
            }

            if ((Lookup(words[i]) ?? Lookup(Singular(words[i])) ?? BaseForms(words[i]).Select(Lookup).FirstOrDefault(g => g is not null)) is { } german)
            {
                found.Add((words[i], german));
            }
        }

        return found;
    }

    /// <summary>The German words for an English word or a phrase of two ("cycle path"), or null.</summary>
    private static IReadOnlyList<string>? Lookup(string key)
    {
        var german = Entries.Value.Lookup(key.ToLowerInvariant().Replace(' ', SynonymMap.WORD_SEPARATOR));
        return german.Count > 0 ? german : null;
    }

    /// <summary>Words as written (the file's English keys are lower case; its German words are analysed later, by the search).</summary>
    private sealed class WordsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new PatternTokenizer(reader, WordPattern(), group: 0));
    }

    private static Regex WordPattern() => Word();

    /// <summary>
    /// The base forms a verb's form may have: an irregular one's (<c>Language/en/verb-forms.txt</c>: "took", "won"),
    /// a regular one's without "-ed" or "-ing" ("joined", "decided", "planned", "watering", "organising").
    /// </summary>
    internal static IEnumerable<string> BaseForms(string word)
    {
        var lower = word.ToLowerInvariant();
        if (IrregularForms.Value.TryGetValue(lower, out var irregular))
        {
            yield return irregular;
            yield break;
        }

        foreach (var (ending, minimum) in new[] { ("ied", 5), ("ed", 5), ("ing", 6) })
        {
            if (lower.Length < minimum || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = lower[..^ending.Length];
            if (ending == "ied")
            {
                yield return stem + "y"; // "applied": "apply"
                continue;
            }

            yield return stem; // "joined", "watering"
            yield return stem + "e"; // "decided", "organising"
            if (stem.Length > 3 && stem[^1] == stem[^2])
            {
                yield return stem[..^1]; // "planned", "running"
            }
        }
    }

    private static readonly Lazy<Dictionary<string, string>> IrregularForms = new(() =>
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = LanguageFiles.Open("en/verb-forms.txt");
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (line.StartsWith('#') || parts.Length != 2)
            {
                continue;
            }

            foreach (var form in parts[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                forms[form] = parts[1];
            }
        }

        return forms;
    });

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4 ? string.Concat(word.AsSpan(0, word.Length - 3), "y")
        : word.EndsWith('s') && word.Length > 3 && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")]
    private static partial Regex Word();
}
