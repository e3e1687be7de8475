using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Tests.Hours;

public sealed class OpeningCalendarTests
{
    private static readonly OpeningCalendar Calendar = new(new PublicHolidays("DE-NW"));

    private static WeeklyHours Hours(params string[] entries)
    {
        var lines = entries.Select(HoursParser.Parse).ToArray();
        return new WeeklyHours(lines.SelectMany(l => l.Slots), lines.SelectMany(l => l.Notes));
    }

    /// <summary>Open every day of the week, so that every holiday falls on a day with hours.</summary>
    private static readonly WeeklyHours EveryDay = Hours("Mo-So 08:00-12:00");

    public static TheoryData<DateOnly> NrwHolidaysOfTwoYears()
    {
        var data = new TheoryData<DateOnly>();
        foreach (var holiday in new PublicHolidays("DE-NW").In(2026).Concat(new PublicHolidays("DE-NW").In(2027)))
        {
            data.Add(holiday.Date);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NrwHolidaysOfTwoYears))]
    public void A_holiday_closes_every_office(DateOnly date)
    {
        var day = Calendar.Day(EveryDay, date);

        Assert.True(day.IsClosed);
        Assert.NotNull(day.Holiday);
        Assert.Empty(day.Slots);
        Assert.Null(Calendar.Running(EveryDay, date.ToDateTime(new TimeOnly(10, 0))));
    }

    [Fact]
    public void The_two_years_hold_all_eleven_holidays_each()
    {
        Assert.Equal(22, NrwHolidaysOfTwoYears().Count);
    }

    [Fact]
    public void A_file_that_keeps_its_hours_on_holidays_stays_open()
    {
        var hours = new WeeklyHours(EveryDay.Entries) { OpenOnHolidays = true };

        var day = Calendar.Day(hours, new DateOnly(2026, 12, 25));

        Assert.False(day.IsClosed);
        Assert.Single(day.Slots);
    }

    [Fact]
    public void A_working_day_has_the_weekly_slots()
    {
        var day = Calendar.Day(EveryDay, new DateOnly(2026, 12, 1));

        Assert.False(day.IsClosed);
        Assert.Equal(new TimeOnly(8, 0), Assert.Single(day.Slots).From);
    }

    [Theory]
    [InlineData("2026-12-23", false)]
    [InlineData("2026-12-24", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-04", false)]
    public void A_closure_across_new_year_closes_each_of_its_days(string date, bool closed)
    {
        var hours = new WeeklyHours(EveryDay.Entries) { Closures = [ClosureParser.Parse("2026-12-24 bis 2027-01-01: Betriebsferien")] };

        var day = Calendar.Day(hours, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(closed, day.IsClosed);
        Assert.Equal(closed ? "Betriebsferien" : null, day.Closure?.Reason);
    }

    [Fact]
    public void The_next_times_skip_a_closure_and_the_holidays_after_it()
    {
        var hours = Hours("Mo-Fr 08:00-12:00") is var weekly
            ? new WeeklyHours(weekly.Entries) { Closures = [ClosureParser.Parse("2026-12-24 bis 2026-12-31")] }
            : null!;

        var next = Calendar.Upcoming(hours, new DateTime(2026, 12, 23, 13, 0, 0), 2);

        // 23rd: its slot has ended; 24th-31st closed; 1 January Neujahr; 2nd and 3rd a weekend.
        Assert.Equal([new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)], next.Select(d => d.Date));
    }

    [Fact]
    public void The_next_times_skip_the_easter_holidays()
    {
        var next = Calendar.Upcoming(Hours("Mo-Fr 08:00-12:00"), new DateTime(2027, 3, 25, 13, 0, 0), 1);

        Assert.Equal(new DateOnly(2027, 3, 30), Assert.Single(next).Date); // not Karfreitag, not Ostermontag
    }

    [Fact]
    public void The_next_times_start_with_the_slot_still_running()
    {
        var office = Hours("Mo 08:00-12:30", "Do 08:00-12:30, 14:00-18:00");

        var next = Calendar.Upcoming(office, new DateTime(2026, 12, 3, 15, 0, 0), 2);

        Assert.Equal(new DateOnly(2026, 12, 3), next[0].Date);
        Assert.Equal(new TimeOnly(14, 0), Assert.Single(next[0].Slots).From);
        Assert.Equal(new DateOnly(2026, 12, 7), next[1].Date);
        Assert.Equal(new TimeOnly(18, 0), Calendar.Running(office, new DateTime(2026, 12, 3, 15, 0, 0))?.To);
    }

    [Fact]
    public void A_day_with_a_note_has_the_note_and_no_slot()
    {
        var hours = Hours("Mo 08:00-12:00", "Di nach Vereinbarung", "Do 14:00-18:00 nur mit Termin");

        var tuesday = Calendar.Day(hours, new DateOnly(2026, 12, 8));
        var thursday = Calendar.Day(hours, new DateOnly(2026, 12, 10));

        Assert.Empty(tuesday.Slots);
        Assert.Equal("nach Vereinbarung", Assert.Single(tuesday.Notes).Note);
        Assert.True(tuesday.HasHours);
        Assert.Equal("nur mit Termin", Assert.Single(thursday.Slots).Note);
        Assert.Null(Calendar.Running(hours, new DateTime(2026, 12, 8, 10, 0, 0)));
    }

    [Fact]
    public void A_service_without_hours_has_no_next_times()
    {
        Assert.Empty(Calendar.Upcoming(WeeklyHours.None, new DateTime(2026, 12, 3, 9, 0, 0), 3));
        Assert.False(Calendar.Day(WeeklyHours.None, new DateOnly(2026, 12, 3)).HasHours);
    }

    [Theory]
    [InlineData(DayPart.Morning, true)]
    [InlineData(DayPart.Noon, true)]
    [InlineData(DayPart.Afternoon, false)]
    [InlineData(DayPart.Evening, false)]
    [InlineData(DayPart.Night, false)]
    public void A_morning_slot_falls_in_the_morning_and_noon_only(DayPart part, bool open)
    {
        Assert.Equal(open, DayParts.Overlaps(part, new TimeOnly(8, 0), new TimeOnly(12, 30)));
    }

    [Theory]
    [InlineData(DayPart.Morning, false)]
    [InlineData(DayPart.Afternoon, true)]
    [InlineData(DayPart.Evening, true)]
    [InlineData(DayPart.Night, false)]
    public void A_slot_into_the_evening_falls_in_the_afternoon_and_the_evening(DayPart part, bool open)
    {
        Assert.Equal(open, DayParts.Overlaps(part, new TimeOnly(16, 0), new TimeOnly(19, 0)));
    }

    [Fact]
    public void A_late_slot_falls_in_the_night()
    {
        Assert.True(DayParts.Overlaps(DayPart.Night, new TimeOnly(21, 0), new TimeOnly(23, 0)));
        Assert.True(DayParts.Overlaps(DayPart.Night, new TimeOnly(5, 0), new TimeOnly(7, 0)));
    }
}
