using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Answers;

/// <summary>The assistant's own words for hours, holidays, closures and parts of the day, in German and English.</summary>
internal sealed record HoursPhrases
{
    public static readonly HoursPhrases German = new()
    {
        ClosedOnDay = "{0}, {1} ({2}) geschlossen.",
        ClosedToday = "{0}, heute ({1}) geschlossen.",
        ClosedDay = "Schließtag",
        UntilDate = "bis {0:dddd, d. MMMM}",
        NoteOnDay = "{0}: {1}.",
        InPart = "{0}, {1} {2}: {3}.",
        PartWeek = "{0}, {1}: {2}.",
        PartWeekNone = "{0}, {1} geschlossen.",
        InSpan = "{0}, {1}:",
        SpanNone = "{0}, {1} geschlossen.",
        SpanTwoDays = "am {0:dddd, d. MMMM} und am {1:dddd, d. MMMM}",
        SpanDays = "vom {0:dddd, d. MMMM} bis {1:dddd, d. MMMM}",
        ClosedList = "Geschlossen:",
        ClosedInList = "geschlossen ({0})",
        OpenUntilBreak = "Geöffnet bis {0:dddd, d. MMMM yyyy}; geschlossen: {1}.",
        OpenAfterBreak = "Geschlossen: {0}; dann geöffnet bis {1:dddd, d. MMMM yyyy}.",
        Parts = new Dictionary<DayPart, string>
        {
            [DayPart.Morning] = "vormittags",
            [DayPart.Noon] = "mittags",
            [DayPart.Afternoon] = "nachmittags",
            [DayPart.Evening] = "abends",
            [DayPart.Night] = "nachts",
        },
    };

    public static readonly HoursPhrases English = new()
    {
        ClosedOnDay = "{0}, closed {1} ({2}).",
        ClosedToday = "{0}, closed today ({1}).",
        ClosedDay = "closed",
        UntilDate = "until {0:dddd, MMMM d}",
        NoteOnDay = "{0}: {1}.",
        InPart = "{0}, {1} {2}: {3}.",
        PartWeek = "{0}, {1}: {2}.",
        PartWeekNone = "{0}, closed {1}.",
        InSpan = "{0}, {1}:",
        SpanNone = "{0}, closed {1}.",
        SpanTwoDays = "on {0:dddd, MMMM d} and {1:dddd, MMMM d}",
        SpanDays = "from {0:dddd, MMMM d} to {1:dddd, MMMM d}",
        ClosedList = "Closed:",
        ClosedInList = "closed ({0})",
        OpenUntilBreak = "Open until {0:dddd, MMMM d, yyyy}; closed: {1}.",
        OpenAfterBreak = "Closed: {0}; then open until {1:dddd, MMMM d, yyyy}.",
        Parts = new Dictionary<DayPart, string>
        {
            [DayPart.Morning] = "in the morning",
            [DayPart.Noon] = "at noon",
            [DayPart.Afternoon] = "in the afternoon",
            [DayPart.Evening] = "in the evening",
            [DayPart.Night] = "at night",
        },
    };

    /// <summary>Yes/no, the day ("am Montag, 6. April"), why: "Nein, am Montag, 6. April (Ostermontag) geschlossen."</summary>
    public required string ClosedOnDay { get; init; }

    /// <summary>Yes/no, why: "Nein, heute (Ostermontag) geschlossen."</summary>
    public required string ClosedToday { get; init; }

    /// <summary>What a closure without a reason is called.</summary>
    public required string ClosedDay { get; init; }

    /// <summary>The last day of a closure of several days: "bis Freitag, 1. Januar".</summary>
    public required string UntilDate { get; init; }

    /// <summary>A day with a note instead of times: "am Dienstag, 8. Dezember: nach Vereinbarung."</summary>
    public required string NoteOnDay { get; init; }

    /// <summary>Yes/no, the day, the part of it, the slots in it: "Ja, am Dienstag, 8. Dezember nachmittags: 14:00–16:00 Uhr."</summary>
    public required string InPart { get; init; }

    /// <summary>Yes/no, a part of the day in any week, the days and slots in it.</summary>
    public required string PartWeek { get; init; }

    /// <summary>No part of any day of the week has hours: "Nein, abends geschlossen."</summary>
    public required string PartWeekNone { get; init; }

    /// <summary>Yes/no and a span of days ("am Samstag, 12. Dezember und am Sonntag, 13. Dezember"), before its days.</summary>
    public required string InSpan { get; init; }

    /// <summary>No day of a span has hours.</summary>
    public required string SpanNone { get; init; }

    public required string SpanTwoDays { get; init; }
    public required string SpanDays { get; init; }

    /// <summary>Before the closures still to come, in a list of the week's hours.</summary>
    public required string ClosedList { get; init; }

    /// <summary>A closed day in a list of days, with why: "geschlossen (Personalversammlung)".</summary>
    public required string ClosedInList { get; init; }

    /// <summary>The last open day before a long closure, and the closure: "Geöffnet bis Sonntag, 12. September 2027; geschlossen: 13. September 2027 bis …".</summary>
    public required string OpenUntilBreak { get; init; }

    /// <summary>A long closure now, and the last open day before the next one: "Geschlossen: 1. Januar 2027 bis 14. Mai 2027 (Saisonpause); dann geöffnet bis …".</summary>
    public required string OpenAfterBreak { get; init; }

    /// <summary>How a part of the day is said after a day: "nachmittags", "in the afternoon".</summary>
    public required IReadOnlyDictionary<DayPart, string> Parts { get; init; }
}
