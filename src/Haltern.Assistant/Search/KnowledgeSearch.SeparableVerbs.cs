using System.Text.RegularExpressions;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Search;

/// <summary>A question's separable verb that its clause splits ("Wie melde ich mein Kind an?"), searched whole as well.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The separable verbs <paramref name="text"/>'s clauses split, by the analysed term of the finite verb: the forms
    /// the index holds of the verb with its particle before it ("Wie melde ich mein Kind für die Kita an?": "meld" →
    /// "anmeld", "angemeldet"; <see cref="WholeVerbForms"/>), searched as the verb's forms, so the question meets the text's "Anmeldung", "angemeldet", not only "melden". A
    /// question's finite verb stands first ("Holt die Stadt … ab?") or after the question word, and a citizen may write
    /// in lower case, so the verb is known by the index instead: the first word of the clause, not a function word,
    /// that with the particle before it makes a word the index holds in some form.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> JoinedSeparableVerbs(TermLookup lookup, GermanTextAnalyzer analyzer, string text)
    {
        var joined = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
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
                    || WholeVerbForms(lookup, whole) is not { Count: > 0 } forms)
                {
                    continue;
                }

                joined.TryAdd(verb, forms);
                break;
            }
        }

        return joined;
    }

    /// <summary>
    /// The forms the index holds of a separable verb written whole: its verb's forms, and its stem, which is also the
    /// noun of the deed ("anmeld" of "Anmeldung"), unless that noun names a part of a month ("Anfang", "Ende" of
    /// "anfangen", "enden": a text's "Anfang März" is a date, not the deed).
    /// </summary>
    private static IReadOnlyList<string> WholeVerbForms(TermLookup lookup, string whole)
    {
        var forms = VerbForms(lookup, whole);
        return SentenceMarkers.IsMonth(whole) || !InIndex(lookup, whole) ? forms : [whole, .. forms];
    }
}
