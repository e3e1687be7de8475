using System.Globalization;
using System.Text.RegularExpressions;

namespace Haltern.Assistant.Hours;

/// <summary>
/// Reads one <c>hours</c> entry of a service file: <c>Mo 08:00-12:30</c>. Also accepted, because staff write
/// them: a day range (<c>Mo-Fr 08:00-12:00</c>), several days (<c>Mo, Mi 14:00-16:00</c>), several times
/// (<c>Do 08:00-12:30, 14:00-18:00</c>), an en dash, <c>8.00</c> and a trailing <c>Uhr</c>.
/// </summary>
public static partial class HoursParser
{
    private static readonly string[] DayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

    /// <summary>Parses one entry into its slots.</summary>
    /// <exception cref="FormatException">The entry is not of that form; the message says why.</exception>
    public static IReadOnlyList<HoursEntry> Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var match = EntryPattern().Match(entry.Trim());
        if (!match.Success)
        {
            throw new FormatException($"hours entry '{Shorten(entry)}' is not of the form 'Mo 08:00-12:30'");
        }

        var days = ParseDays(match.Groups["days"].Value);
        var slots = new List<HoursEntry>();
        foreach (Capture range in match.Groups["range"].Captures)
        {
            var times = range.Value.Split(['-', '–', '—'], 2);
            var from = ParseTime(times[0]);
            var to = ParseTime(times[1]);
            if (to <= from)
            {
                throw new FormatException($"hours entry '{Shorten(entry)}' ends before it starts");
            }

            slots.AddRange(days.Select(d => new HoursEntry(d, from, to)));
        }

        return slots;
    }

    /// <summary>The German two-letter abbreviation of a weekday (Mo, Di, …).</summary>
    public static string Abbreviation(DayOfWeek day) => DayNames[(int)day];

    private static List<DayOfWeek> ParseDays(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            var first = Day(bounds[0]);
            var last = bounds.Length > 1 ? Day(bounds[1]) : first;
            var day = first;
            days.Add(day);
            while (day != last)
            {
                day = (DayOfWeek)(((int)day + 1) % 7);
                days.Add(day);
            }
        }

        return days;
    }

    private static DayOfWeek Day(string abbreviation)
    {
        var index = Array.FindIndex(DayNames, d => string.Equals(d, abbreviation.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? (DayOfWeek)index
            : throw new FormatException($"'{Shorten(abbreviation)}' is not a weekday (Mo Di Mi Do Fr Sa So)");
    }

    private static TimeOnly ParseTime(string text)
    {
        var normalized = text.Trim().Replace('.', ':');
        if (!normalized.Contains(':'))
        {
            normalized += ":00";
        }

        if (normalized == "24:00")
        {
            return TimeOnly.MaxValue;
        }

        return TimeOnly.TryParseExact(normalized, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"'{Shorten(text)}' is not a time like 08:00");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(?<days>[A-Za-z]{2}\.?(\s*[-–,]\s*[A-Za-z]{2}\.?)*)\s*:?\s+(?<range>\d{1,2}([:.]\d{2})?\s*[-–—]\s*\d{1,2}([:.]\d{2})?)(\s*(Uhr)?\s*(,|und|;)\s*(?<range>\d{1,2}([:.]\d{2})?\s*[-–—]\s*\d{1,2}([:.]\d{2})?))*\s*(Uhr)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();
}
