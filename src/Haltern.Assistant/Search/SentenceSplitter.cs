using System.Text.RegularExpressions;

namespace Haltern.Assistant.Search;

/// <summary>
/// Splits German prose into sentences, the passages the assistant answers with. A full stop after an
/// abbreviation ("z.B.", "u.a.", "Nr.") or an ordinal ("9. Juni") does not end a sentence.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + 1;
            if (IsAbbreviationOrOrdinal(paragraph, boundary.Index))
            {
                continue;
            }

            Add(sentences, paragraph[start..end]);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static bool IsAbbreviationOrOrdinal(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 0
            || (word.Length <= 2 && word.All(char.IsDigit)) // "9. Juni"
            || word.Contains('.')                           // "z.B.", "u.a."
            || Abbreviations.Contains(word);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "nr", "dr", "st", "ca", "vgl", "bzw", "usw", "inkl", "str", "tel", "abs", "ggf", "evtl", "prof", "mio", "mrd", "sog", "hl",
    };

    [GeneratedRegex(@"[.!?](?=[\s""“”„»«)]*\s+[„""»«(]?[\p{Lu}\d])")]
    private static partial Regex Boundary();
}
