using System.Diagnostics;
using System.Runtime.InteropServices;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>
/// The German thesaurus the search widens a question with: OpenThesaurus (LGPL-2.1+), reduced to single words
/// (<c>Language/de/openthesaurus.txt</c>, Solr synonyms format, see <c>tools/language/reduce-openthesaurus.py</c>).
/// Each line is a set of words of one meaning; a word may stand in several sets. Its words are folded as the search
/// folds a question's words (<see cref="GermanTextAnalyzer.FoldedWords"/>) and kept as word → sets: a Lucene
/// <see cref="Lucene.Net.Analysis.Synonym.SynonymMap"/> in expand mode would hold every pair of each set (half a
/// million rules) and cost seconds of CPU at start for the same lookups (see docs/performance.md). The staff's
/// own, small synonym file is read with Lucene's parser (<see cref="SynonymFile"/>).
/// Read once per process in the background, from the bot's start on (<see cref="Preload"/>), after the compound
/// dictionary the first index needs: neither the first index nor the first question waits for it (half a second
/// of CPU, see docs/performance.md). A question asked in that time is searched without the thesaurus' synonyms.
/// </summary>
public sealed class Thesaurus
{
    internal const string File = "de/openthesaurus.txt";

    /// <summary>Short forms and clipped words the thesaurus lacks ("Juze": "Jugendzentrum"), read as more of its sets.</summary>
    internal const string ShortForms = "de/short-forms.txt";

    private static readonly Lazy<Thesaurus> Instance = new(Load);
    private static Task? _loading;

    private readonly Dictionary<string, int[]> _sets;
    private readonly string[][] _words;

    private Thesaurus(Dictionary<string, int[]> sets, string[][] words)
    {
        _sets = sets;
        _words = words;
    }

    /// <summary>How many sets of synonyms it holds.</summary>
    public int Sets => _words.Length;

    /// <summary>The thesaurus if it is read, else null (and its reading is started).</summary>
    public static Thesaurus? Current
    {
        get
        {
            if (Instance.IsValueCreated)
            {
                return Instance.Value;
            }

            Preload();
            return null;
        }
    }

    /// <summary>Starts reading it in the background (once); the task completes when it is read.</summary>
    public static Task Preload() =>
        LazyInitializer.EnsureInitialized(ref _loading, () => Task.Run(() => Instance.Value));

    /// <summary>Reads it now if it is not read yet, and returns it.</summary>
    public static Thesaurus Loaded() => Instance.Value;

    /// <summary>The words that share a set with <paramref name="word"/> (folded), each once, in file order; empty if none.</summary>
    public IReadOnlyList<string> Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_sets.TryGetValue(word, out var sets))
        {
            return [];
        }

        if (sets.Length == 1)
        {
            return Array.FindAll(_words[sets[0]], w => w != word);
        }

        var found = new List<string>();
        foreach (var set in sets)
        {
            foreach (var other in _words[set])
            {
                if (other != word && !found.Contains(other))
                {
                    found.Add(other);
                }
            }
        }

        return found;
    }

    private static Thesaurus Load()
    {
        var sets = new Dictionary<string, List<int>>(131_072, StringComparer.Ordinal);
        var words = new List<string[]>(32_768);
        foreach (var file in new[] { File, ShortForms })
        {
            using var reader = LanguageFiles.Open(file);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var set = GermanTextAnalyzer.FoldedWords(line).Distinct(StringComparer.Ordinal).ToArray();
                if (set.Length < 2)
                {
                    continue;
                }

                foreach (var word in set)
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(sets, word, out _);
                    (list ??= []).Add(words.Count);
                }

                words.Add(set);
            }
        }

        return new Thesaurus(sets.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal), [.. words]);
    }
}
