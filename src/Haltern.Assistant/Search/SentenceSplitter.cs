using System.Text.RegularExpressions;

namespace Haltern.Assistant.Search;

/// <summary>
/// Splits German prose into sentences, the passages the assistant answers with. A full stop after an
/// abbreviation ("z.B.", "u.a.", "e. V.", "Nr.") or an ordinal ("9. Juni") does not end a sentence, nor does one
/// inside a quotation that goes on („Heimat. Zukunft. Fließt.“).
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
            if (IsAbbreviationOrOrdinal(paragraph, boundary.Index) || WithinQuotation(paragraph, start, boundary.Index))
            {
                continue;
            }

            while (end < paragraph.Length && Array.IndexOf(Closers, paragraph[end]) >= 0)
            {
                end++; // the closing quotation mark belongs to the sentence it closes
            }

            Add(sentences, paragraph[start..end]);
            start = end;
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

    /// <summary>
    /// True when the mark stands inside a quotation that goes on after it: a name or a slogan in German quotation
    /// marks („Heimat. Zukunft. Fließt.“) is part of the sentence that quotes it. A mark right before the closing
    /// quotation mark ends the quoted sentence, and a quotation not closed within a sentence's length is none.
    /// </summary>
    private static bool WithinQuotation(string text, int start, int mark)
    {
        var open = text.LastIndexOfAny(Openers, mark, mark - start + 1);
        if (open < 0 || text.IndexOfAny(Closers, open + 1, mark - open) >= 0)
        {
            return false;
        }

        var close = text.IndexOfAny(Closers, mark + 1, Math.Min(QuotationReach, text.Length - mark - 1));
        return close > mark + 1;
    }

    /// <summary>How far after a mark the closing quotation mark is looked for.</summary>
    private const int QuotationReach = 120;

    private static readonly char[] Openers = ['„', '»'];

    private static readonly char[] Closers = ['“', '«', '"'];

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
            || (word.Length == 1 && char.IsLower(word[0]))  // "e. V.", "u. a."
            || Abbreviations.Contains(word);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "nr", "dr", "st", "ca", "vgl", "bzw", "usw", "inkl", "str", "tel", "abs", "ggf", "evtl", "prof", "mio", "mrd", "sog", "hl",
    };

    [GeneratedRegex(@"[.!?](?=[\s""“”„»«)]*\s+[„""»«(]?[\p{Lu}\d])")]
    private static partial Regex Boundary();
}
