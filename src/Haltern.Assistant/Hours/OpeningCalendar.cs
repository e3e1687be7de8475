namespace Haltern.Assistant.Hours;

/// <summary>
/// What a service offers on one date: its slots and notes, or, on a public holiday or a day its file closes, none
/// and why. Computed by <see cref="OpeningCalendar"/> from the weekly hours, the holidays and the closures.
/// </summary>
public sealed record OpeningDay(DateOnly Date, IReadOnlyList<HoursEntry> Slots, IReadOnlyList<DayNote> Notes)
{
    /// <summary>The public holiday that closes the service on this date, if any.</summary>
    public Holiday? Holiday { get; init; }

    /// <summary>The closure of the file that covers this date, if any.</summary>
    public Closure? Closure { get; init; }

    /// <summary>True when a holiday or a closure takes the day's hours away.</summary>
    public bool IsClosed => Holiday is not null || Closure is not null;

    /// <summary>True when there is something to go by on this date: a slot or a note.</summary>
    public bool HasHours => Slots.Count > 0 || Notes.Count > 0;
}

/// <summary>
/// The one calendar every answer about time uses: a service's weekly hours put on real dates, with the region's
/// public holidays (they close every service whose file does not say <c>holidays: open</c>) and the file's
/// closures taken out. Cheap per question: the week's slots are sorted when the file is read, a year's holidays
/// are computed once.
/// </summary>
public sealed class OpeningCalendar
{
    /// <summary>How far ahead "the next times" are looked for: a year, so that no closure hides them.</summary>
    public const int LookAheadDays = 366;

    private readonly PublicHolidays _holidays;

    public OpeningCalendar(PublicHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = holidays;
    }

    /// <summary>The public holidays this calendar closes services on.</summary>
    public PublicHolidays Holidays => _holidays;

    /// <summary>What <paramref name="hours"/> offer on <paramref name="date"/>.</summary>
    public OpeningDay Day(WeeklyHours hours, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var closure = ClosureOn(hours, date);
        var holiday = hours.OpenOnHolidays ? null : _holidays.On(date);
        return closure is not null || holiday is not null
            ? new OpeningDay(date, [], []) { Holiday = holiday, Closure = closure }
            : new OpeningDay(date, hours.On(date.DayOfWeek), hours.NotesOn(date.DayOfWeek));
    }

    /// <summary>
    /// The next days with something to go by, from <paramref name="from"/> (city time) on, soonest first: on the first
    /// day only the slots that have not ended. Holidays and closures are skipped.
    /// </summary>
    public IReadOnlyList<OpeningDay> Upcoming(WeeklyHours hours, DateTime from, int count)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var days = new List<OpeningDay>(count);
        if (hours.IsEmpty)
        {
            return days;
        }

        var today = DateOnly.FromDateTime(from);
        var time = TimeOnly.FromDateTime(from);
        for (var offset = 0; offset < LookAheadDays && days.Count < count; offset++)
        {
            var day = Day(hours, today.AddDays(offset));
            if (offset == 0 && day.Slots.Any(s => s.To <= time))
            {
                day = day with { Slots = day.Slots.Where(s => s.To > time).ToArray() };
            }

            if (day.HasHours)
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The slot running at <paramref name="now"/> (city time), or null.</summary>
    public HoursEntry? Running(WeeklyHours hours, DateTime now)
    {
        var time = TimeOnly.FromDateTime(now);
        foreach (var slot in Day(hours, DateOnly.FromDateTime(now)).Slots)
        {
            if (slot.From <= time && time < slot.To)
            {
                return slot;
            }
        }

        return null;
    }

    private static Closure? ClosureOn(WeeklyHours hours, DateOnly date)
    {
        foreach (var closure in hours.Closures)
        {
            if (closure.Contains(date))
            {
                return closure;
            }
        }

        return null;
    }
}
