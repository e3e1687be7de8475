using System.Text.RegularExpressions;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Search;

/// <summary>A question's separable verb that its clause splits ("Wie melde ich mein Kind an?"), searched whole as well.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The separable verbs <paramref name="text"/>'s clauses split, by the analysed term of the finite verb: the term of
    /// the verb with its particle before it ("Wie melde ich mein Kind für die Kita an?": "meld" → "anmeld"), searched as
    /// one of the verb's forms, so the question meets the text's "Anmeldung", "angemeldet", not only "melden". A
    /// question's finite verb stands first ("Holt die Stadt … ab?") or after the question word, and a citizen may write
    /// in lower case, so the verb is known by the index instead: the first word of the clause, not a function word,
    /// that with the particle before it makes a word the index holds in some form.
    /// </summary>
    private static Dictionary<string, string> JoinedSeparableVerbs(TermLookup lookup, GermanTextAnalyzer analyzer, string text)
    {
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match clause in SeparableVerbCharFilter.Clause().Matches(text))
        {
            var words = SeparableVerbCharFilter.Word().Matches(clause.Value);
            if (words.Count < 2 || !IsSeparablePrefix(Lexicon.Fold(words[^1].Value)))
            {
                continue;
            }

            var prefix = words[^1].Value.ToLowerInvariant();
            for (var i = 0; i < words.Count - 1; i++)
            {
                var word = words[i].Value;
                var lower = word.ToLowerInvariant();
                // A capitalised word inside the clause is a noun; the first may be the verb of a question ("Holt …").
                if ((i > 0 && char.IsUpper(word[0])) || word.Length < 3 || StopWords.Index.Contains(lower) || StopWords.Question.Contains(lower)
                    || analyzer.Terms(lower) is not [var verb] || analyzer.Terms(prefix + lower) is not [var whole]
                    || !(InIndex(lookup, whole) || VerbForms(lookup, whole).Count > 0))
                {
                    continue;
                }

                joined.TryAdd(verb, whole);
                break;
            }
        }

        return joined;
    }
}
