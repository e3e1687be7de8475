using System.Text.RegularExpressions;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>
/// A question's compound that the text writes with another word for one of its parts ("Müllkalender" for
/// "Abfallkalender", "Stadtbibliothek" for "Stadtbücherei"): split, each part searched with its synonyms.
/// </summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The parts of <paramref name="written"/> (a question's word, lower case as written) with the synonyms of each
    /// that the index holds; empty unless every part is held or has a synonym held, and one part has a synonym (a
    /// compound whose parts the index holds is also split by <see cref="Decompound"/>). A part is a word of
    /// the compound dictionary (<see cref="CompoundParts"/>) or a word the index holds, with the linking letters of
    /// German compounds after it; of several splits the one with the fewest parts (two or three) is taken.
    /// </summary>
    private static IReadOnlyList<CompoundPart> CompoundWithSynonyms(
        KnowledgeIndex index, SynonymFile staff, Thesaurus? thesaurus, TermLookup lookup, string written)
    {
        var split = SplitWritten(lookup, written);
        if (split.Count < 2)
        {
            return [];
        }

        var parts = new CompoundPart[split.Count];
        for (var i = 0; i < split.Count; i++)
        {
            var word = split[i];
            var stem = GermanTextAnalyzer.StemWord(word);
            if (stem.Length < CompoundParts.MinPartLength)
            {
                return [];
            }

            var folded = GermanTextAnalyzer.FoldedWords(word) is [var only] ? only : word;
            var synonyms = index.SynonymsOf("part:" + folded, thesaurus is not null, () => Synonyms(staff, thesaurus, lookup, folded, stem, orBaseForm: false));
            parts[i] = new CompoundPart(stem, InIndex(lookup, stem), synonyms);
            if (!parts[i].Held && synonyms.Length == 0 && i < split.Count - 1)
            {
                return []; // a modifier nothing in the index stands for: the compound cannot be met
            }
        }

        // A head that names what is done (a noun of action: "-sanierung", "-abfuhr") and that no text of the index holds
        // in any word is the citizen's word for what happens to the thing the first part names ("Brückensanierung"
        // where the text says "Die Brücke wird saniert", "Müllabfuhr" where it writes "Restmüll"): the compound is met,
        // less surely, by its modifier. Not a head that names a thing ("Skilift", "Wärmepumpe"): that is another thing.
        if (!parts[^1].Held && parts[^1].Synonyms.Count == 0)
        {
            return Understanding.Lexicon.IsActionNoun(split[^1]) ? parts : [];
        }

        return parts.Any(p => p.Synonyms.Count > 0) ? parts : [];
    }

    /// <summary>The fewest parts (two or three) that <paramref name="word"/> is made of, as written; empty if none.</summary>
    private static IReadOnlyList<string> SplitWritten(TermLookup lookup, string word)
    {
        var min = CompoundParts.MinPartLength;
        if (word.Length < 2 * min || word.Length > 40 || !word.All(char.IsLetter))
        {
            return [];
        }

        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Known(string part)
        {
            if (!known.TryGetValue(part, out var isKnown))
            {
                known[part] = isKnown = part.Length >= min
                    && (CompoundParts.Dictionary.Contains(part) || GermanTextAnalyzer.StemWord(part) is { Length: >= 3 } stem && InIndex(lookup, stem));
            }

            return isKnown;
        }

        // A piece with the linking letters or ending after it: the part it is, or null.
        string? Part(string piece)
        {
            foreach (var ending in GermanCompoundFilter.LinkingOrEndings)
            {
                if (piece.Length - ending.Length >= min && piece.EndsWith(ending, StringComparison.Ordinal) && piece[..^ending.Length] is var part && Known(part))
                {
                    return part;
                }
            }

            return null;
        }

        // best[i]: the fewest parts that make up word[i..]
        var best = new List<string>?[word.Length + 1];
        best[word.Length] = [];
        for (var i = word.Length - min; i >= 0; i--)
        {
            for (var j = word.Length; j >= i + min; j--)
            {
                if (best[j] is not { } rest || rest.Count >= 2 || (i == 0 && j == word.Length) || Part(word[i..j]) is not { } part)
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

    /// <summary>The question's words in lower case as written (umlauts kept, as the compound dictionary holds them), by the term the analyzer makes of each.</summary>
    private static Dictionary<string, string> LowerWords(string text) =>
        ByTerm(Letters().Matches(text).Select(m => m.Value.ToLowerInvariant()));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    /// <summary>
    /// How much of a compound split with synonyms a text holds: 1 where it holds every part itself, 0.7 (as a
    /// synonym) where it holds another word for a part, 0 where it lacks a part. A part counts where the text holds
    /// it as a word, as a part of its compounds, or as the first or last part of a word the index did not split.
    /// </summary>
    private static double CompoundMatch(IReadOnlyList<CompoundPart> parts, IReadOnlySet<string> docTerms, IReadOnlySet<string> words)
    {
        var score = 1.0;
        foreach (var part in parts)
        {
            if (part.Held && HoldsPart(part.Term, docTerms, words))
            {
                continue;
            }

            if (!part.Held && part.Synonyms.Count == 0)
            {
                score = Math.Min(score, ModifierCoverage); // the head no text holds: the modifier meets it
                continue;
            }

            if (!part.Synonyms.Any(s => HoldsPart(s, docTerms, words)))
            {
                return 0;
            }

            score = Math.Min(score, SynonymCoverage);
        }

        return score;
    }

    /// <summary>What a compound counts for where a text holds its modifier and no text of the index its head.</summary>
    private const double ModifierCoverage = 0.5;

    private static bool HoldsPart(string part, IReadOnlySet<string> docTerms, IReadOnlySet<string> words) =>
        docTerms.Contains(part) || words.Any(w => w.Length >= part.Length + CompoundParts.MinPartLength
            && (w.EndsWith(part, StringComparison.Ordinal) || (part.Length >= 4 && w.StartsWith(part, StringComparison.Ordinal))));
}
