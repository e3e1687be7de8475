namespace Haltern.Assistant.Hours;

/// <summary>One opening slot in the week, e.g. <c>Mo 08:00-12:30</c>.</summary>
public sealed record HoursEntry(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>The weekly hours of a service: any number of slots per day.</summary>
public sealed class WeeklyHours
{
    public static WeeklyHours None { get; } = new([]);

    public WeeklyHours(IEnumerable<HoursEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.OrderBy(e => ((int)e.Day + 6) % 7).ThenBy(e => e.From).ToArray();
    }

    /// <summary>Slots ordered Monday first, then by start time.</summary>
    public IReadOnlyList<HoursEntry> Entries { get; }

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>The slots on one weekday.</summary>
    public IEnumerable<HoursEntry> On(DayOfWeek day) => Entries.Where(e => e.Day == day);
}
