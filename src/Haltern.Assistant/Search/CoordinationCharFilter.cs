using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// Writes out German hyphenated coordination: "Jugend-, Sozial- und Schulamt" reads as "Jugend- Jugendamt,
/// Sozial- Sozialamt und Schulamt", "Hin- und Rückfahrt" as "Hin- Hinfahrt und Rückfahrt", so each
/// full compound is a word of the text. The shared head is the longest word of <see cref="CompoundParts"/> that
/// ends the last compound. The text is read whole (a knowledge text or a question is short); the offsets of the
/// words after an insertion are corrected back to the original text.
/// </summary>
internal sealed partial class CoordinationCharFilter : BaseCharFilter
{
    private readonly CharArraySet _parts;
    private string? _output;
    private int _position;

    public CoordinationCharFilter(TextReader input, CharArraySet parts)
        : base(input)
    {
        _parts = parts;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var output = Output();
        var n = Math.Min(count, output.Length - _position);
        if (n <= 0)
        {
            return 0;
        }

        output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read()
    {
        var output = Output();
        return _position < output.Length ? output[_position++] : -1;
    }

    public override int Peek()
    {
        var output = Output();
        return _position < output.Length ? output[_position] : -1;
    }

    /// <summary>The whole text this filter reads out, its input read (as the first read would) and written out.</summary>
    internal string Text => Output();

    private string Output()
    {
        if (_output is null)
        {
            var text = m_input?.ReadToEnd() ?? string.Empty; // an empty text may come with no reader (it threw)
            _output = text.Contains('-', StringComparison.Ordinal) ? Expand(text) : text;
        }

        return _output;
    }

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
