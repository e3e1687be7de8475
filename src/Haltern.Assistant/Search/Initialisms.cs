using System.Text;
using System.Text.RegularExpressions;
using Haltern.Assistant.Understanding;
using Lucene.Net.Analysis.Pattern;

namespace Haltern.Assistant.Search;

/// <summary>
/// Initialisms German writes for a phrase (<c>Language/de/initialisms.txt</c>, read with <see cref="PhraseMappings"/>:
/// "U3" for "unter drei Jahren"): a text's phrase is read with its initialism after it, so a question's "U3-Plätze"
/// meets "Plätze für Kinder unter drei Jahren", and a question that writes the phrase meets a text that writes the
/// initialism.
/// </summary>
internal static class Initialisms
{
    private static readonly Lazy<(Regex Phrase, string Replacement)[]> Entries = new(() =>
        [.. PhraseMappings.Read("de/initialisms.txt")
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => (new Regex(@"\b(" + string.Join('|', g.Select(m => string.Join(@"\s+", m.Words.Select(AnySpelling)))) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "$1 " + g.Key))]);

    /// <summary>
    /// The reader with each phrase of the file followed by its initialism; <paramref name="text"/> is what
    /// <paramref name="reader"/> reads, so a phrase it does not hold adds no filter (one would replace nothing), or
    /// null to put in every phrase's filter.
    /// </summary>
    public static TextReader Around(TextReader reader, string? text)
    {
        foreach (var (phrase, replacement) in Entries.Value)
        {
            if (text is null)
            {
                reader = new PatternReplaceCharFilter(phrase, replacement, reader);
            }
            else if (phrase.IsMatch(text))
            {
                reader = new PatternReplaceCharFilter(phrase, replacement, reader);
                text = phrase.Replace(text, replacement);
            }
        }

        return reader;
    }

    /// <summary>A pattern for a folded word (<see cref="Lexicon.Fold"/>) in any of the spellings that fold to it: "a" as "a", "ä" or "ae", "ss" as "ss" or "ß".</summary>
    private static string AnySpelling(string folded)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            pattern.Append(folded[i] switch
            {
                'a' => "(?:ae|a|ä)",
                'o' => "(?:oe|o|ö)",
                'u' => "(?:ue|u|ü)",
                's' when i + 1 < folded.Length && folded[i + 1] == 's' => "(?:ss|ß)",
                var c => Regex.Escape(c.ToString()),
            });
            if (folded[i] == 's' && i + 1 < folded.Length && folded[i + 1] == 's')
            {
                i++;
            }
        }

        return pattern.ToString();
    }
}
