using System.Diagnostics;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>
/// The German thesaurus the search widens a question with: OpenThesaurus (LGPL-2.1+), reduced to single words
/// (<c>Language/de/openthesaurus.txt</c>, see <c>tools/language/reduce-openthesaurus.py</c>), read into a Lucene
/// <see cref="Lucene.Net.Analysis.Synonym.SynonymMap"/> with its words analysed as the search writes them. It is
/// read once per process, in the background from the start of the first index build on (<see cref="Preload"/>), so
/// the start does not wait for it; a question asked before it is read waits for it, as it waits for a recognizer's
/// model (see docs/performance.md for what it costs).
/// </summary>
public static class Thesaurus
{
    internal const string File = "de/openthesaurus.txt";

    private static readonly Lazy<SynonymFile> Sets = new(Load);
    private static Task? _loading;

    /// <summary>How long reading it took, once read.</summary>
    public static TimeSpan LoadTime { get; private set; }

    /// <summary>Starts reading it in the background (once); the task completes when it is read.</summary>
    public static Task Preload() =>
        LazyInitializer.EnsureInitialized(ref _loading, () => Task.Run(() => Sets.Value));

    /// <summary>Reads it now if it is not read yet, and returns it.</summary>
    public static SynonymFile Loaded() => Sets.Value;

    private static SynonymFile Load()
    {
        var watch = Stopwatch.StartNew();
        using var reader = LanguageFiles.Open(File);
        var sets = SynonymFile.Read(reader, GermanTextAnalyzer.ForSynonyms, expand: true, singleWords: true);
        LoadTime = watch.Elapsed;
        return sets;
    }
}
