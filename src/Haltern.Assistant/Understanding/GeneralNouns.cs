namespace Haltern.Assistant.Understanding;

/// <summary>
/// Nouns that stand for any persons or any things ("Leute", "Sachen"; <c>Language/de/general-nouns.txt</c>), and the
/// nouns of a text each may count: a count asked with one is answered by the count of whatever the text names there.
/// </summary>
internal static class GeneralNouns
{
    /// <summary>The shortest first part of a compound whose last part is a general noun ("Fach|leute").</summary>
    private const int MinModifier = 3;

    private static readonly (string[] Nouns, SentenceMarkers.WordMatcher Counted)[] Groups = Lexicon.Entries("de/general-nouns.txt")
        .Select(line => line.Split(':', 2))
        .Where(parts => parts.Length == 2)
        .Select(parts => (
            parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lexicon.Fold).ToArray(),
            new SentenceMarkers.WordMatcher(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        .ToArray();

    /// <summary>The test of the first group, the persons ("Leute", "Menschen"): "Wie viele haben …?" counts persons.</summary>
    private static readonly Func<string, bool> Persons = noun => Groups[0].Counted.Matches(Lexicon.Fold(noun)) && !SentenceMarkers.IsUnit(Lexicon.Fold(noun));

    /// <summary>True for a noun of a text that counts persons ("Ehrenamtliche", "Mitglieder"; the first group of <c>general-nouns.txt</c>).</summary>
    public static bool CountsPersons(string noun) => Persons(noun);

    /// <summary>The finite forms of the auxiliary and modal verbs (<c>Language/de/auxiliary-verbs.txt</c>).</summary>
    private static readonly HashSet<string> Auxiliaries = [.. Lexicon.Entries("de/auxiliary-verbs.txt").Select(Lexicon.Fold)];

    /// <summary>
    /// The test for a noun of a text that the question's general noun may count, or null where the question asks with
    /// none: the first of its words that is one, or a compound that ends in one ("feuerwehrleute"); the persons where
    /// "wie viele" stands right before an auxiliary or modal verb and names no noun ("Wie viele haben abgestimmt?").
    /// </summary>
    public static Func<string, bool>? CountedBy(IEnumerable<string> words)
    {
        string? previous = null;
        foreach (var word in words)
        {
            var folded = Lexicon.Fold(word);
            // "Wie viele haben abgestimmt?": no noun between "viele" and the verb; the persons the text counts there.
            if (previous is "viele" or "wieviele" && Auxiliaries.Contains(folded))
            {
                return Persons;
            }

            previous = folded;
            foreach (var (nouns, counted) in Groups)
            {
                if (Array.Exists(nouns, n => folded == n || (folded.Length >= n.Length + MinModifier && folded.EndsWith(n, StringComparison.Ordinal))))
                {
                    return noun => counted.Matches(Lexicon.Fold(noun)) && !SentenceMarkers.IsUnit(Lexicon.Fold(noun));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The noun "wie viele" asks about when it names persons of some kind ("Wie viele Fahrer …?", "Wie viele ehrenamtliche
    /// Helfer …?": the first capitalised word after it, or in a message all in lower case the first after it, that the
    /// persons' group counts), as written; null where it asks about no persons or with a general noun ("Leute").
    /// </summary>
    public static string? PersonsAsked(IReadOnlyList<string> words)
    {
        var lowerCase = !words.Skip(1).Any(w => char.IsUpper(w[0]));
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Lexicon.Fold(words[i]) is not ("viele" or "wieviele"))
            {
                continue;
            }

            var noun = words.Skip(i + 1).Take(3).FirstOrDefault(w => lowerCase ? Persons(w) : char.IsUpper(w[0]));
            return noun is not null && Persons(noun) && !Array.Exists(Groups, g => g.Nouns.Contains(Lexicon.Fold(noun))) ? noun : null;
        }

        return null;
    }

    /// <summary>
    /// The first part of a compound of a general noun ("feuerwehr" of "feuerwehrleute"), which names the persons or
    /// things it stands for; null for any other word and for the general noun alone.
    /// </summary>
    public static string? Modifier(string word)
    {
        // Lower case, not folded: folding would join "eu|e" of "Feuerwehr" to "feurwehr"; the general nouns hold no umlaut.
        var folded = word.ToLowerInvariant();
        foreach (var (nouns, _) in Groups)
        {
            if (Array.Find(nouns, n => folded.Length >= n.Length + MinModifier && folded.EndsWith(n, StringComparison.Ordinal)) is { } noun)
            {
                return folded[..^noun.Length];
            }
        }

        return null;
    }
}
