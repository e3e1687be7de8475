using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>The synonyms a question's words are searched with, below the words themselves.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The synonyms of the question's <paramref name="word"/> (as written, folded; its analysed term
    /// <paramref name="term"/>) that the index holds, as the index writes them: the staff's first, then the
    /// thesaurus' (once it is read, see <see cref="Thesaurus"/>), at most <see cref="MaxSynonyms"/> of the first <see cref="SynonymCandidates"/> (a word of many
    /// senses has dozens). An inflected word is looked up as its base form where the word itself is no entry
    /// ("Bürgerämter": "Bürgeramt"). Each is one lookup in a synonym map and one in the term dictionary; the index
    /// state keeps them for the next question.
    /// </summary>
    /// <remarks>
    /// With <c>orBaseForm</c>, a base form's sets are taken where the word's own give no word the index holds; not for a
    /// compound's part, whose base form may be another word ("Pumpe": "Pump", a loan).
    /// </remarks>
    private static string[] Synonyms(SynonymFile staff, Thesaurus? thesaurus, TermLookup lookup, string word, string term, bool orBaseForm = true)
    {
        List<string>? found = null;
        var looked = 0;
        foreach (var source in thesaurus is null ? [staff.Lookup] : (ReadOnlySpan<Func<string, IReadOnlyList<string>>>)[staff.Lookup, thesaurus.Lookup])
        {
            // The first form whose sets give a word the index holds: a plural may stand only in a set of another sense
            // ("Tannenbäume", the flares of "Christbäume") where its singular stands in the one meant ("Tannenbaum",
            // "Weihnachtsbaum").
            var sets = BaseForms(word).Select(source).Where(s => s.Count > 0).ToArray();
            var chosen = orBaseForm ? sets.FirstOrDefault(s => s.Any(w => InIndex(lookup, GermanTextAnalyzer.StemWord(w)))) ?? sets.FirstOrDefault() : sets.FirstOrDefault();
            foreach (var synonym in chosen ?? [])
            {
                var stem = GermanTextAnalyzer.StemWord(synonym);
                if (looked++ >= SynonymCandidates || found?.Count >= MaxSynonyms)
                {
                    return found?.ToArray() ?? [];
                }

                if (stem.Length > 0 && stem != term && !synonym.Contains(' ', StringComparison.Ordinal) && found?.Contains(stem) != true && InIndex(lookup, stem))
                {
                    (found ??= []).Add(stem);
                }
            }
        }

        return found?.ToArray() ?? [];
    }

    /// <summary>The word, then the word without an inflection ending: "burgeramter" (Bürgerämter), "burgeramt".</summary>
    private static IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        foreach (var ending in InflectionEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    /// <summary>German noun and adjective endings, longest first; language, not knowledge.</summary>
    private static readonly string[] InflectionEndings = ["ern", "nen", "en", "er", "es", "e", "n", "s"];

    /// <summary>The question's words as written (folded), by the term the analyzer makes of each (the first word with that term).</summary>
    private static Dictionary<string, string> WrittenWords(string text) => ByTerm(GermanTextAnalyzer.FoldedWords(text));

    /// <summary>Each word by the term the analyzer makes of it (and by that term without its "s", see WithoutS); the first word wins.</summary>
    private static Dictionary<string, string> ByTerm(IEnumerable<string> words)
    {
        var byTerm = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var stem = GermanTextAnalyzer.StemWord(word);
            byTerm.TryAdd(stem, word);
            if (stem.Length > 4 && stem[^1] == 's')
            {
                byTerm.TryAdd(stem[..^1], word); // the term without its "s" (see WithoutS)
            }
        }

        return byTerm;
    }

    /// <summary>The words that join two nouns in a phrase that a compound says in one word (<c>Language/de/phrase-links.txt</c>).</summary>
    private static readonly HashSet<string> PhraseLinks = WordListFile.Words("de/phrase-links.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>True for a word that joins two nouns in a phrase ("der", "vom"; lower case, <c>Language/de/phrase-links.txt</c>).</summary>
    internal static bool IsPhraseLink(string word) => PhraseLinks.Contains(word);

    /// <summary>
    /// For each noun of <paramref name="text"/> that a preposition or an article joins to another noun ("das Loch im
    /// Haushalt"), by its analysed term, the compounds German makes of the two, the second first, with and without
    /// the linking "s" and the second's genitive ending ("haushaltloch", "haushaltsloch"), folded as the thesaurus is
    /// looked up: the thesaurus' words for the compound ("Defizit") mean what the phrase means.
    /// </summary>
    private static Dictionary<string, string[]> PhraseCompounds(string text)
    {
        var compounds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tokens = PhraseWord().Matches(text).Select(m => m.Value).ToArray();
        var lowerCase = !tokens.Skip(1).Any(t => char.IsUpper(t[0]));
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            var next = i + 1;
            while (next < tokens.Length && next - i <= 2 && PhraseLinks.Contains(tokens[next].ToLowerInvariant()))
            {
                next++;
            }

            // Both nouns, written with a capital, where the message writes any word after its first with one.
            if (next == i + 1 || next >= tokens.Length || (!lowerCase && !(char.IsUpper(tokens[i][0]) && char.IsUpper(tokens[next][0]))))
            {
                continue;
            }

            var head = GermanTextAnalyzer.FoldedWords(tokens[i]).FirstOrDefault();
            var modifier = GermanTextAnalyzer.FoldedWords(tokens[next]).FirstOrDefault();
            if (head is not { Length: >= 3 } || modifier is not { Length: >= 4 } || PhraseLinks.Contains(tokens[i].ToLowerInvariant()))
            {
                continue;
            }

            var bare = modifier.EndsWith("es", StringComparison.Ordinal) ? modifier[..^2] : modifier.EndsWith('s') ? modifier[..^1] : modifier;
            compounds[GermanTextAnalyzer.StemWord(tokens[i])] = new[] { modifier + head, modifier + "s" + head, bare + head, bare + "s" + head }
                .Distinct(StringComparer.Ordinal).ToArray();
        }

        return compounds;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex PhraseWord();

    private const int MaxSynonyms = 6;

    private const int SynonymCandidates = 32;

    /// <summary>What a synonym weighs in a search, against 1 for the citizen's own word.</summary>
    private const float SynonymBoost = 0.5f;

    /// <summary>What a synonym counts for in a hit's coverage, against 1 for the citizen's own word (a compound's part and a near spelling count more).</summary>
    private const double SynonymCoverage = 0.7;

    /// <summary>What a synonym counts for as the last part of a word of the text: a kind of the thing asked, one step further.</summary>
    private const double HeadSynonymCoverage = 0.6;
}
