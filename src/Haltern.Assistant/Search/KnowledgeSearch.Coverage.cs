using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Search;

/// <summary>How much of a question a text covers: the confidence the assistant decides on.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The share of the question's topic words that <paramref name="docTerms"/> (a text's analysed terms) holds: an exact term counts 1, a
    /// compound by the share of its parts, a near spelling 0.8. Cue words count only where they match.
    /// </summary>
    internal static double Coverage(IReadOnlyList<QueryTerm> terms, IReadOnlySet<string> docTerms)
    {
        double matched = 0, total = 0;
        foreach (var term in terms)
        {
            var score = Match(term, docTerms);
            if (!term.IsCue || score > 0)
            {
                total += 1;
                matched += score;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    private static double Match(QueryTerm term, IReadOnlySet<string> docTerms)
    {
        if (docTerms.Contains(term.Term))
        {
            return 1;
        }

        foreach (var form in term.Forms)
        {
            if (docTerms.Contains(form))
            {
                return 0.9;
            }
        }

        // A synonym counts where the text writes it as a word: a synonym of a compound's part ("Bürger" in
        // "Bürgerbüro" for a word meaning inhabitants) is two steps from the question's meaning.
        var words = docTerms is AnalyzedText analyzed ? analyzed.Words : docTerms;
        var synonym = term.Synonyms.Any(words.Contains) ? SynonymCoverage : 0;
        // A compound meets a text only with all its parts: one whose head or modifier the text lacks is another
        // thing ("Gewerbesteuerhebesatz" is not the Grundsteuer's "Hebesatz").
        if (term.Parts.Count > 0 && term.Parts.All(docTerms.Contains))
        {
            return 1;
        }

        var edits = MaxEdits(term.Term);
        if (edits > 0 && docTerms.Any(d => d.Length > 2 && d[0] == term.Term[0] && Math.Abs(d.Length - term.Term.Length) <= edits && EditDistance.Between(d, term.Term) <= edits))
        {
            return 0.8;
        }

        if (synonym > 0)
        {
            return synonym;
        }

        // A compound in the text that contains the whole question word ("sprechstund" in "burgermeistersprechstund").
        return term.Term.Length >= 5 && docTerms.Any(d => d.Length > term.Term.Length + 3 && (d.EndsWith(term.Term, StringComparison.Ordinal) || d.StartsWith(term.Term, StringComparison.Ordinal)))
            ? 0.7
            : 0;
    }
}
