using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// Writes out German hyphenated coordination: "Jugend-, Sozial- und Schulamt" reads as "Jugend- Jugendamt,
/// Sozial- Sozialamt und Schulamt", "Hin- und Rückfahrt" as "Hin- Hinfahrt und Rückfahrt", so each
/// full compound is a word of the text. The shared head is the longest word of <see cref="CompoundParts"/> that
/// ends the last compound. The text is read whole (a knowledge text or a question is short); the offsets of the
/// words after an insertion are corrected back to the original text.
/// </summary>
internal sealed partial class CoordinationCharFilter : WholeTextCharFilter
{
    private readonly CharArraySet _parts;

    public CoordinationCharFilter(TextReader input, CharArraySet parts)
        : base(input)
    {
        _parts = parts;
    }

    protected override string Rewrite(string text) => text.Contains('-', StringComparison.Ordinal) ? Expand(text) : text;

    private string Expand(string text)
    {
        var output = new StringBuilder(text.Length + 32);
        var copied = 0;
        var added = 0;
        foreach (Match match in Coordination().Matches(text))
        {
            if (Head(match.Groups["last"].Value, _parts) is not { } head)
            {
                continue;
            }

            foreach (Capture fragment in match.Groups["part"].Captures)
            {
                var end = fragment.Index + fragment.Length; // after the hyphen
                output.Append(text, copied, end - copied);
                var compound = " " + fragment.Value[..^1] + head + " ";
                output.Append(compound);
                copied = end;
                added += compound.Length;
                AddOffCorrectMap(output.Length, -added);
            }
        }

        output.Append(text, copied, text.Length - copied);
        return output.ToString();
    }

    /// <summary>
    /// The longest word of <paramref name="parts"/> that ends <paramref name="compound"/> after at least two letters
    /// of it ("amt" of "Schulamt", "fahrt" of "Rückfahrt"), lower case; null if none.
    /// </summary>
    internal static string? Head(string compound, CharArraySet parts)
    {
        var lower = compound.ToLowerInvariant();
        for (var i = 2; i <= lower.Length - CompoundParts.MinPartLength; i++)
        {
            if (parts.Contains(lower.AsSpan(i).ToArray(), 0, lower.Length - i))
            {
                return lower[i..];
            }
        }

        return null;
    }

    /// <summary>One or more "Xxx-" (comma-separated) before "und", "oder", "bzw.", "sowie" and the full compound.</summary>
    [GeneratedRegex(@"(?:(?<part>\b\p{L}+-)\s*,?\s*)+(?:und|oder|bzw\.?|sowie)\s+(?<last>\p{L}{4,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();
}
