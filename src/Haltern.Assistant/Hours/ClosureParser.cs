using System.Globalization;
using System.Text.RegularExpressions;

namespace Haltern.Assistant.Hours;

/// <summary>
/// Reads one <c>closed</c> entry of a service file: a day (<c>2027-02-08: Rosenmontag</c>) or a range of days, both
/// included (<c>2026-12-24 bis 2027-01-01: Betriebsferien</c>; <c>–</c> and <c> - </c> also join them), with an
/// optional reason after a colon.
/// </summary>
public static partial class ClosureParser
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 80;

    /// <summary>Parses one entry.</summary>
    /// <exception cref="FormatException">The entry is not of that form; the message says why.</exception>
    public static Closure Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var match = EntryPattern().Match(entry.Trim());
        if (!match.Success)
        {
            throw new FormatException($"closed entry '{Shorten(entry)}' is not of the form '2026-12-24' or '2026-12-24 bis 2027-01-01: Betriebsferien'");
        }

        var from = Date(match.Groups["from"].Value);
        var to = match.Groups["to"].Success ? Date(match.Groups["to"].Value) : from;
        if (to < from)
        {
            throw new FormatException($"closed entry '{Shorten(entry)}' ends before it starts");
        }

        var reason = match.Groups["reason"].Value.Trim();
        if (reason.Length > MaxReasonLength)
        {
            throw new FormatException($"the reason of closed entry '{Shorten(entry)}' is longer than {MaxReasonLength} characters");
        }

        return new Closure(from, to, reason.Length == 0 ? null : reason);
    }

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a real date written yyyy-mm-dd");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(?<from>\d{4}-\d{2}-\d{2})(\s*(bis|–|—|\s-)\s*(?<to>\d{4}-\d{2}-\d{2}))?\s*(:\s*(?<reason>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();
}
