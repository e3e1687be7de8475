using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>Other forms of a question's word that the index holds: a verb's other forms, a compound's parts.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// Other forms of a stemmed verb that the index holds: the German2 stemmer makes "nutzen" "nutz" but leaves
    /// "nutzt" and "genutzt" as they are, "kosten" "kost" but "kostet" and "gekostet", "sammeln" but "gesammelt".
    /// So the word is taken to its stem (without "ge-", also after a separable prefix as in "angemeldet", and
    /// without "-t", "-et", "-ert", the "n" of "-eln") and the forms around that stem are looked up. A noun that
    /// ends in "t" ("Arbeit") may meet its verb ("arbeitet"); that is the same topic. A verb's form and the noun of
    /// its action in "-ung" meet too ("gesperrt", "Sperrung").
    /// </summary>
    private static IReadOnlyList<string> VerbForms(TermLookup lookup, string term)
    {
        if (term.Length < 4)
        {
            return [];
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        // Stems known to be a verb's, from a form that only a verb has (a participle, a "-t" ending), and the stems of
        // a noun of the action in "-ung" that the stemmer left whole ("Sperrung", "Leerung"; it cuts "-ung" only
        // from longer words: "Anmeldung" is "anmeld"): the noun and the verb's forms name the same deed.
        var verbStems = new HashSet<string>(StringComparer.Ordinal);
        var actionStems = new HashSet<string>(StringComparer.Ordinal);
        if (term.EndsWith("ung", StringComparison.Ordinal) && term.Length >= 7)
        {
            actionStems.Add(term[..^3]); // "sperrung" → "sperr": "gesperrt", "sperrt"
        }

        // A participle's stem may be short ("gebaut": "bau", the "Bau" of "Neubau" and "Bauzeit"); any other word's is
        // cut only where five letters or more are left to cut from, so "Gast" does not become "Gas".
        void AddStems(string word, bool participle = false)
        {
            stems.Add(word);
            if ((word.EndsWith("eln", StringComparison.Ordinal) || word.EndsWith("ern", StringComparison.Ordinal)) && word.Length >= 6)
            {
                stems.Add(word[..^1]); // "sammeln" → "sammel", as in "sammelt"
            }

            if (word.EndsWith('t') && word.Length >= (participle ? 4 : 5))
            {
                stems.Add(word[..^1]);
                verbStems.Add(word[..^1]);
                if (word.EndsWith("et", StringComparison.Ordinal))
                {
                    stems.Add(word[..^2]);
                    verbStems.Add(word[..^2]);
                }

                if (word.EndsWith("ert", StringComparison.Ordinal))
                {
                    stems.Add(word[..^3]);
                }
            }
        }

        AddStems(term);
        var prefix = SeparablePrefix(term);
        if (term.AsSpan(prefix.Length).StartsWith("ge", StringComparison.Ordinal) && term.Length - prefix.Length >= 6)
        {
            AddStems(string.Concat(prefix, term.AsSpan(prefix.Length + 2)), participle: true); // "angemeldet" → "anmeldet", "genutzt" → "nutzt"
        }

        if (prefix.Length > 0 && term.AsSpan(prefix.Length).StartsWith("zu", StringComparison.Ordinal) && term.Length - prefix.Length >= 6)
        {
            AddStems(string.Concat(prefix, term.AsSpan(prefix.Length + 2))); // "mitzubringen" → "mitbringen"
        }

        var forms = new List<string>();
        foreach (var stem in stems)
        {
            if (stem.Length < 3)
            {
                continue;
            }

            // The participle puts "ge" after a separable prefix: "anmeld" → "angemeldet"; the infinitive with "zu"
            // puts "zu" there, as official texts write what is to be done: "Mitzubringen sind …", "anzumelden".
            var participle = string.Concat(prefix, "ge", stem.AsSpan(prefix.Length));
            foreach (var (field, _) in Fields)
            {
                lookup.WithEndings(field, stem, EndsLikeEln(stem) ? VerbEndings : ConsonantStemEndings, forms);
                lookup.WithEndings(field, participle, ParticipleEndings, forms);
                if (prefix.Length > 0 && !stem.AsSpan(prefix.Length).StartsWith("zu", StringComparison.Ordinal))
                {
                    lookup.WithEndings(field, string.Concat(prefix, "zu", stem.AsSpan(prefix.Length)), VerbEndings, forms);
                }
            }
        }

        foreach (var field in Fields.Select(f => f.Field))
        {
            // The noun of the action: "gesperrt" meets "Sperrung", "gesammelt" "Sammlung" (an "-el" stem drops its "e").
            foreach (var stem in verbStems.Where(s => s.Length >= 4))
            {
                lookup.WithEndings(field, stem, ActionNounEnding, forms);
                if (stem.EndsWith("el", StringComparison.Ordinal))
                {
                    lookup.WithEndings(field, string.Concat(stem.AsSpan(0, stem.Length - 2), "l"), ActionNounEnding, forms);
                }
            }

            // The verb of an action noun, in a verb's forms only: the bare stem may be another noun ("Zeit" of "Zeitung").
            foreach (var stem in actionStems)
            {
                lookup.WithEndings(field, stem, ParticipleEndings, forms);
                lookup.WithEndings(field, string.Concat(prefix, "ge", stem.AsSpan(prefix.Length)), ParticipleEndings, forms);
            }
        }

        forms.Remove(term);
        return forms.Count == 0 ? [] : forms;
    }

    private static readonly string[] ActionNounEnding = ["ung"];

    private static readonly string[] VerbEndings = ["", "t", "et", "ert", "n"];

    /// <summary>
    /// The endings without the infinitive's bare "n", which only a stem in "-el" or "-er" takes ("sammel-n",
    /// "wander-n"): after any other stem it makes another word ("perso-n", "kante-n").
    /// </summary>
    private static readonly string[] ConsonantStemEndings = ["", "t", "et", "ert"];

    private static bool EndsLikeEln(string stem) => stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal);

    private static readonly string[] ParticipleEndings = ["t", "et", "ert"];

    /// <summary>The separable prefixes of German verbs (<c>Language/de/separable-prefixes.txt</c>), longest first, so "heraus" is tried before "her".</summary>
    private static readonly string[] SeparablePrefixes =
        [.. WordListFile.Words("de/separable-prefixes.txt").OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];

    /// <summary>True for a separable prefix of a German verb, folded ("ab", "zuruck"; <c>Language/de/separable-prefixes.txt</c>).</summary>
    internal static bool IsSeparablePrefix(string folded) => Array.IndexOf(SeparablePrefixes, folded) >= 0;

    /// <summary>The separable prefix a stemmed verb starts with, if a verb of four letters or more follows it; else empty.</summary>
    private static string SeparablePrefix(string term)
    {
        foreach (var prefix in SeparablePrefixes)
        {
            if (term.Length >= prefix.Length + 4 && term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// What may join the parts of a compound or make a feminine form, longest first: "Bürgermeisterinnensprechstunde"
    /// is "Bürgermeisterin" (or "Bürgermeister") and "Sprechstunde"; language, not knowledge.
    /// </summary>
    private static readonly string[] LinkingEndings = ["innen", "nen", "ens", "en", "es", "in", "n", "s"];

    /// <summary>Splits an unknown word into 2–4 words the index holds, longest parts first; none if it cannot.</summary>
    private static IReadOnlyList<string> Decompound(TermLookup lookup, string word)
    {
        if (word.Length < 7 || word.Length > 40)
        {
            return [];
        }

        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Held(string part) =>
            InIndex(lookup, part) ? part
            : GermanTextAnalyzer.StemWord(part) is { Length: >= 3 } stem && InIndex(lookup, stem) ? stem
            : null;

        string? Known(string part)
        {
            if (!known.TryGetValue(part, out var term))
            {
                term = Held(part);
                foreach (var ending in LinkingEndings)
                {
                    // "Bürgermeisterinnen|sprechstunde": the part without the linking "nen" or the feminine "innen".
                    if (term is null && part.Length - ending.Length >= 4 && part.EndsWith(ending, StringComparison.Ordinal))
                    {
                        term = Held(part[..^ending.Length]);
                    }
                }

                known[part] = term;
            }

            return term;
        }

        // best[i]: the fewest parts that spell word[i..]
        var best = new List<string>?[word.Length + 1];
        best[word.Length] = [];
        for (var i = word.Length - 3; i >= 0; i--)
        {
            for (var j = word.Length; j >= i + 3; j--)
            {
                if (best[j] is not { } rest || rest.Count >= 3 || Known(word[i..j]) is not { } part)
                {
                    continue;
                }

                if (best[i] is null || best[i]!.Count > rest.Count + 1)
                {
                    best[i] = [part, .. rest];
                }
            }
        }

        return best[0] is { Count: >= 2 } parts ? parts : [];
    }
}
