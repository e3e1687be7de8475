using System.Globalization;
using System.Text.RegularExpressions;

namespace Haltern.Assistant.Hours;

/// <summary>What one <c>hours</c> entry gives: slots (each with the entry's note), or days with a note alone.</summary>
public sealed record HoursLine(IReadOnlyList<HoursEntry> Slots, IReadOnlyList<DayNote> Notes);

/// <summary>
/// Reads one <c>hours</c> entry of a service file: <c>Mo 08:00-12:30</c>. Also accepted, because staff write
/// them: a day range (<c>Mo-Fr 08:00-12:00</c>), several days (<c>Mo, Mi 14:00-16:00</c>), several times
/// (<c>Do 08:00-12:30, 14:00-18:00</c>), an en dash, <c>8.00</c> and a trailing <c>Uhr</c>; and a note in words
/// instead of the times or after them (<c>Di nach Vereinbarung</c>, <c>Do 14:00-18:00 nur mit Termin</c>). A note
/// holds no digit, so a time written wrongly (<c>Mo 8 Uhr</c>) is an error, not a note.
/// </summary>
public static partial class HoursParser
{
    /// <summary>The longest note accepted: a remark, not a paragraph.</summary>
    public const int MaxNoteLength = 80;

    private static readonly string[] DayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

    /// <summary>Parses one entry into its slots or its days with a note.</summary>
    /// <exception cref="FormatException">The entry is not of that form; the message says why.</exception>
    public static HoursLine Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var match = EntryPattern().Match(entry.Trim());
        if (!match.Success || (!match.Groups["range"].Success && !match.Groups["note"].Success))
        {
            throw new FormatException($"hours entry '{Shorten(entry)}' is not of the form 'Mo 08:00-12:30' or 'Di nach Vereinbarung'");
        }

        var days = ParseDays(match.Groups["days"].Value);
        var note = match.Groups["note"].Success ? match.Groups["note"].Value.Trim().TrimEnd('.', ',', ';').Trim() : null;
        if (note is not null && DayInNote().IsMatch(note))
        {
            throw new FormatException($"hours entry '{Shorten(entry)}' names more days than it reads: write a day range ('Di-Do') or one entry per day");
        }

        if (note is { Length: > MaxNoteLength })
        {
            throw new FormatException($"the note of hours entry '{Shorten(entry)}' is longer than {MaxNoteLength} characters");
        }

        if (!match.Groups["range"].Success)
        {
            return new HoursLine([], days.Select(d => new DayNote(d, note!)).ToArray());
        }

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

            slots.AddRange(days.Select(d => new HoursEntry(d, from, to) { Note = note }));
        }

        return new HoursLine(slots, []);
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

    // Days, then times (one or more ranges, an optional "Uhr"), a note in words (no digits), or times and a note;
    // the note may stand after a comma or a dash or in parentheses.
    [GeneratedRegex(@"^(?<days>[A-Za-z]{2}\.?(\s*[-–,]\s*[A-Za-z]{2}\.?)*)\s*:?\s+((?<range>\d{1,2}([:.]\d{2})?\s*[-–—]\s*\d{1,2}([:.]\d{2})?)(\s*(Uhr)?\s*(,|und|;)\s*(?<range>\d{1,2}([:.]\d{2})?\s*[-–—]\s*\d{1,2}([:.]\d{2})?))*\s*(Uhr\b)?)?\s*([,;:–—-]\s*)?\(?(?<note>\p{L}[^\d()]*?)?\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    /// <summary>A weekday abbreviation in what would be the note: "Di und Do nach Vereinbarung" lists days it cannot read.</summary>
    [GeneratedRegex(@"\b(Mo|Di|Mi|Do|Fr|Sa|So)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayInNote();
}
