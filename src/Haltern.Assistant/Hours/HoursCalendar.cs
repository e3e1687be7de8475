namespace Haltern.Assistant.Hours;

/// <summary>A slot of weekly hours on a real date.</summary>
public sealed record DatedSlot(DateOnly Date, TimeOnly From, TimeOnly To);

/// <summary>Puts weekly hours on the calendar: what is open on a day, and what comes next.</summary>
public static class HoursCalendar
{
    /// <summary>The slots on <paramref name="date"/>.</summary>
    public static IReadOnlyList<DatedSlot> On(WeeklyHours hours, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return hours.On(date.DayOfWeek).Select(e => new DatedSlot(date, e.From, e.To)).ToArray();
    }

    /// <summary>The next slots that have not ended at <paramref name="now"/> (city time), soonest first.</summary>
    public static IReadOnlyList<DatedSlot> Upcoming(WeeklyHours hours, DateTime now, int count)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var today = DateOnly.FromDateTime(now);
        var time = TimeOnly.FromDateTime(now);
        var slots = new List<DatedSlot>();
        for (var day = 0; day < 8 && slots.Count < count && !hours.IsEmpty; day++)
        {
            var date = today.AddDays(day);
            slots.AddRange(On(hours, date).Where(s => day > 0 || s.To > time));
        }

        return slots.Take(count).ToArray();
    }

    /// <summary>True when a slot is running at <paramref name="now"/>.</summary>
    public static bool IsOpen(WeeklyHours hours, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var time = TimeOnly.FromDateTime(now);
        return hours.On(now.DayOfWeek).Any(e => e.From <= time && time < e.To);
    }
}
