namespace Haltern.Assistant.Hours;

/// <summary>
/// One opening slot in the week, e.g. <c>Mo 08:00-12:30</c>, with the note the file gives after its times, if any
/// (<c>Do 14:00-18:00 nur mit Termin</c>): the note is said with the slot wherever it is named.
/// </summary>
public sealed record HoursEntry(DayOfWeek Day, TimeOnly From, TimeOnly To)
{
    /// <summary>What the file says about the slot ("nur mit Termin"), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>A day of the week that has no fixed times but a note instead: <c>Di nach Vereinbarung</c>.</summary>
public sealed record DayNote(DayOfWeek Day, string Note);

/// <summary>Days a service is closed, both ends included, with the reason the file gives (<c>Betriebsferien</c>), if any.</summary>
public sealed record Closure(DateOnly From, DateOnly To, string? Reason)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}

/// <summary>
/// The hours of a service as its file gives them: the slots of the week, the days with a note instead of times,
/// the days it is closed, and whether public holidays close it (they do unless the file says otherwise).
/// Put on the calendar by <see cref="OpeningCalendar"/>.
/// </summary>
public sealed class WeeklyHours
{
    public static WeeklyHours None { get; } = new([]);

    public WeeklyHours(IEnumerable<HoursEntry> entries, IEnumerable<DayNote>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.OrderBy(e => MondayFirst(e.Day)).ThenBy(e => e.From).ToArray();
        Notes = (notes ?? []).OrderBy(n => MondayFirst(n.Day)).ToArray();
        for (var day = 0; day < 7; day++)
        {
            _slots[day] = Entries.Where(e => (int)e.Day == day).ToArray();
            _notes[day] = Notes.Where(n => (int)n.Day == day).ToArray();
        }
    }

    // Each weekday's slots and notes, sorted once: the calendar asks for them on every question about time.
    private readonly HoursEntry[][] _slots = new HoursEntry[7][];
    private readonly DayNote[][] _notes = new DayNote[7][];

    /// <summary>Slots ordered Monday first, then by start time.</summary>
    public IReadOnlyList<HoursEntry> Entries { get; }

    /// <summary>Days with a note instead of times, Monday first.</summary>
    public IReadOnlyList<DayNote> Notes { get; }

    /// <summary>The days the file says the service is closed, in the order written.</summary>
    public IReadOnlyList<Closure> Closures { get; init; } = [];

    /// <summary>True when the file says the service keeps its hours on public holidays.</summary>
    public bool OpenOnHolidays { get; init; }

    /// <summary>True when the file gives no day at all: no slot and no note (closures alone are no hours).</summary>
    public bool IsEmpty => Entries.Count == 0 && Notes.Count == 0;

    /// <summary>The slots on one weekday, by start time.</summary>
    public IReadOnlyList<HoursEntry> On(DayOfWeek day) => _slots[(int)day];

    /// <summary>The notes on one weekday.</summary>
    public IReadOnlyList<DayNote> NotesOn(DayOfWeek day) => _notes[(int)day];

    internal static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
