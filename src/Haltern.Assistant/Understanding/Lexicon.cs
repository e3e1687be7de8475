using Haltern.Assistant.Language;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The words that say what kind of question this is, in German and English, read once from the language files:
/// <c>Language/cues/&lt;Cue&gt;.txt</c> (words; a file named <c>News+WhatsNew.txt</c> gives both cues),
/// <c>Language/phrases/&lt;Cue&gt;.txt</c> (several words in a row) and <c>Language/language/*.txt</c> (words that
/// tell English from German). Language, not knowledge: no office, article or fact is named there. Words are compared
/// folded (lower case, ä→a, ß→ss, ae/oe/ue→a/o/u), so "Öffnungszeiten" and "oeffnungszeiten" are one word. An
/// entry ending in '*' matches as a prefix.
/// </summary>
internal static class Lexicon
{
    /// <summary>
    /// Cues whose words stay topic words of the search: "anmelden" asks how, and is also what a service's sentence
    /// ("Eine Anmeldung ist nicht nötig") is about; "zahlen" asks a price or who pays, and is what a sentence says
    /// ("Familien … zahlen keinen Beitrag"); "das", "dort" point back and are no topic either way.
    /// </summary>
    public const Cue KeepsTopic = Cue.Procedure | Cue.RefersBack | Cue.Pay;

    private static readonly (Cue Cue, string Word, bool Prefix)[] Folded = LanguageFiles.In("cues")
        .SelectMany(path => Entries(path).Select(w => (CueOf(path), Fold(w.TrimEnd('*')), w.EndsWith('*'))))
        .ToArray();

    /// <summary>The whole words, looked up at once: most entries are.</summary>
    private static readonly Dictionary<string, Cue> Whole = Folded.Where(e => !e.Prefix)
        .GroupBy(e => e.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(Cue.None, (cues, e) => cues | e.Cue), StringComparer.Ordinal);

    private static readonly (Cue Cue, string Word)[] Prefixes = Folded.Where(e => e.Prefix).Select(e => (e.Cue, e.Word)).ToArray();

    /// <summary>The entries a word one letter off still matches (see <see cref="Typo"/>).</summary>
    private static readonly (Cue Cue, string Word, bool Prefix)[] TypoEntries = Folded.Where(e => (e.Cue & Typo) != 0 && e.Word.Length >= 7).ToArray();

    /// <summary>Phrases of several words, each word folded; the last may end in '*'.</summary>
    private static readonly (Cue Cue, string[] Words)[] PhraseEntries = LanguageFiles.In("phrases")
        .SelectMany(path => Entries(path).Select(p => (CueOf(path), p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToArray())))
        .ToArray();

    /// <summary>Words a speaker may put between a phrase's words ("Was ist denn so los?"), folded.</summary>
    private static readonly HashSet<string> Particles = Entries("de/modal-particles.txt").Select(Fold).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> English = Entries("language/english.txt").Select(Fold).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> German = Entries("language/german.txt").Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Cues whose longer words are still recognised with one typo ("Telfonnummer"); not "weiter" for "Wetter".</summary>
    private const Cue Typo = Cue.ServiceDetail | Cue.News;

    /// <summary>The entries of a language file (comments and blank lines left out), as Lucene reads a stop word file.</summary>
    internal static IReadOnlyCollection<string> Entries(string path) => WordListFile.Words(path);

    /// <summary>The cues a file stands for, from its name: <c>cues/Hours+Closed.txt</c> is <see cref="Cue.Hours"/> and <see cref="Cue.Closed"/>.</summary>
    private static Cue CueOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Split('+').Aggregate(Cue.None, (cues, part) => cues | Enum.Parse<Cue>(part, ignoreCase: false));
    }

    /// <summary>The cues one word carries; a long word of a detail or news cue may be off by one letter.</summary>
    public static Cue CuesOf(string foldedWord)
    {
        var cues = Whole.GetValueOrDefault(foldedWord);
        foreach (var (cue, word) in Prefixes)
        {
            if (foldedWord.StartsWith(word, StringComparison.Ordinal))
            {
                cues |= cue;
            }
        }

        if (foldedWord.Length >= 6)
        {
            foreach (var (cue, word, prefix) in TypoEntries)
            {
                // A cue the word has already needs no near match.
                if ((cues & cue) != cue && NearlyStartsWith(foldedWord, word, whole: !prefix))
                {
                    cues |= cue;
                }
            }
        }

        return cues;
    }

    /// <summary>
    /// The cues of the phrases found in <paramref name="folded"/> (a message's folded words), and where each phrase
    /// stands (its words and the modal particles between them: "was ist denn hier so los").
    /// </summary>
    public static IEnumerable<(Cue Cue, int Start, int Length)> Phrases(IReadOnlyList<string> folded)
    {
        // A phrase can stand only where its first word does: each word looks up the phrases that begin with it
        // (instead of every phrase tried at every word); the phrases found are given in the order of the entries, as
        // each entry tried at each word in turn would find them.
        List<(int Entry, int Start, int Length)>? found = null;
        for (var start = 0; start < folded.Count; start++)
        {
            foreach (var entry in PhrasesStartingWith(folded[start]))
            {
                var words = PhraseEntries[entry].Words;
                if (start + words.Length <= folded.Count && PhraseAt(folded, start, words) is { } length)
                {
                    (found ??= []).Add((entry, start, length));
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort();
        return found.Select(f => (PhraseEntries[f.Entry].Cue, f.Start, f.Length));
    }

    /// <summary>The entries (by their index in <see cref="PhraseEntries"/>) whose first word <paramref name="folded"/> matches.</summary>
    private static IEnumerable<int> PhrasesStartingWith(string folded)
    {
        if (PhrasesByFirstWord.TryGetValue(folded, out var entries))
        {
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }

        foreach (var (entry, first) in PhrasesByFirstPrefix)
        {
            if (Matches(folded, first))
            {
                yield return entry;
            }
        }
    }

    /// <summary>The entries whose first word is a whole word, by that word.</summary>
    private static readonly Dictionary<string, int[]> PhrasesByFirstWord = Enumerable.Range(0, PhraseEntries.Length)
        .Where(i => !PhraseEntries[i].Words[0].EndsWith('*'))
        .GroupBy(i => PhraseEntries[i].Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The entries whose first word is a prefix ("abgesag*").</summary>
    private static readonly (int Entry, string First)[] PhrasesByFirstPrefix = Enumerable.Range(0, PhraseEntries.Length)
        .Where(i => PhraseEntries[i].Words[0].EndsWith('*'))
        .Select(i => (i, PhraseEntries[i].Words[0]))
        .ToArray();

    /// <summary>How many words the phrase takes from <paramref name="start"/> on, particles between its words included, or null.</summary>
    private static int? PhraseAt(IReadOnlyList<string> folded, int start, string[] words)
    {
        var at = start;
        for (var i = 0; i < words.Length; i++, at++)
        {
            while (i > 0 && at < folded.Count && !Matches(folded[at], words[i]) && Particles.Contains(folded[at]))
            {
                at++;
            }

            if (at >= folded.Count || !Matches(folded[at], words[i]))
            {
                return null;
            }
        }

        return at - start;
    }

    private static bool Matches(string folded, string word) =>
        word.EndsWith('*') ? folded.AsSpan().StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal) : folded == word;

    /// <summary>
    /// True when <paramref name="word"/> is <paramref name="entry"/> (or starts with it) but for one letter, not the
    /// first: a typo keeps the first letter, while another word may differ in just that one ("beschlossen", "geschlossen").
    /// </summary>
    private static bool NearlyStartsWith(string word, string entry, bool whole)
    {
        if (word[0] != entry[0])
        {
            return false;
        }

        if (whole)
        {
            return Math.Abs(word.Length - entry.Length) <= 1 && EditDistance.AtMostOne(word, entry);
        }

        for (var length = entry.Length - 1; length <= entry.Length + 1; length++)
        {
            if (length <= word.Length && EditDistance.AtMostOne(word.AsSpan(0, length), entry))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsEnglish(string foldedWord) => English.Contains(foldedWord);

    /// <summary>
    /// True for a noun of action, as written (any case): one in "-ung" ("Sanierung") or one German forms otherwise
    /// (<c>Language/de/action-heads.txt</c>: "Ausbau", "Abfuhr"). Like a verb it names what happens.
    /// </summary>
    public static bool IsActionNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("ung", StringComparison.Ordinal) || lower.EndsWith("ungen", StringComparison.Ordinal) || ActionHeads.Contains(lower);
    }

    private static readonly HashSet<string> ActionHeads = new(Entries("de/action-heads.txt"), StringComparer.Ordinal);

    public static bool IsGerman(string foldedWord) => German.Contains(foldedWord);

    /// <summary>Lower case, German letters folded to ASCII, ae/oe/ue to a/o/u.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant()
            .Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss");
        return lower.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
    }
}
