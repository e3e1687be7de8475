using Haltern.Assistant.Answers;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Answers;

public sealed class HoursAnswerTests
{
    private static readonly OpeningCalendar Calendar = new(new PublicHolidays("DE-NW"));

    /// <summary>Tuesday, 1 December 2026, 10:00 city time.</summary>
    private static readonly DateTime Tuesday = new(2026, 12, 1, 10, 0, 0);

    private static Service Office(params string[] entries) => Office([], entries);

    private static Service Office(Closure[] closures, params string[] entries)
    {
        var lines = entries.Select(HoursParser.Parse).ToArray();
        return new Service
        {
            Id = "services/amt.md",
            Title = "Amt",
            Hours = new WeeklyHours(lines.SelectMany(l => l.Slots), lines.SelectMany(l => l.Notes)) { Closures = closures },
        };
    }

    private static string Answer(Service service, DateTime now, DateOnly? day = null, DateOnly? end = null, DayPart? part = null, bool english = false, TimeOnly? time = null, bool next = false)
    {
        var builder = new ReplyBuilder(english);
        var span = day is { } d ? new DateSpan(d, end ?? d.AddDays(1)) : null;
        new HoursAnswer(english, Calendar).Write(builder, service, new HoursAsked(span, part, next, ClosedAsked: false, time, TimeIsEnd: false), now);
        return builder.Build(ReplyTopic.Hours).Text;
    }

    [Fact]
    public void Hours_asked_with_no_day_during_a_closure_are_the_closure_and_the_next_opening()
    {
        var pool = Office([new Closure(new DateOnly(2027, 1, 1), new DateOnly(2027, 5, 14), "Saisonpause")], "Mo-Fr 06:30-20:00", "Sa, So 08:00-19:00");

        var text = Answer(pool, new DateTime(2027, 4, 28, 10, 0, 0));

        Assert.Contains("Saisonpause", text, StringComparison.Ordinal);
        Assert.Contains("Samstag, 15. Mai, 08:00–19:00 Uhr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Montag bis Freitag", text, StringComparison.Ordinal); // not a week it does not keep now
    }

    [Fact]
    public void A_holiday_is_answered_no_with_its_name_and_the_next_times()
    {
        var text = Answer(Office("Mo-Fr 08:00-12:00"), Tuesday, new DateOnly(2027, 3, 29));

        Assert.StartsWith("Nein, am Montag, 29. März (Ostermontag) geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Die nächsten Zeiten: Dienstag, 30. März 2027, 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_names_its_closed_days_with_why_but_not_the_days_it_never_opens()
    {
        var office = Office([ClosureParser.Parse("2026-12-10: Personalversammlung")], "Mo-Fr 08:00-12:00");

        var text = Answer(office, Tuesday, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14));

        Assert.Contains("- Mittwoch, 9. Dezember: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.Contains("- Donnerstag, 10. Dezember: geschlossen (Personalversammlung)", text, StringComparison.Ordinal);
        Assert.Contains("- Freitag, 11. Dezember: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Samstag", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_in_english_has_its_english_name()
    {
        var text = Answer(Office("Mo-Fr 08:00-12:00"), Tuesday, new DateOnly(2026, 12, 25), english: true);

        Assert.StartsWith("No, closed on Friday, December 25 (Christmas).", text, StringComparison.Ordinal);
        Assert.Contains("Monday, December 28", text, StringComparison.Ordinal); // the 26th is a holiday, then a weekend
    }

    [Fact]
    public void A_closure_across_new_year_is_answered_with_its_reason_and_end()
    {
        var office = Office([ClosureParser.Parse("2026-12-24 bis 2027-01-06: Betriebsferien")], "Mo-Fr 08:00-12:00");

        var text = Answer(office, Tuesday, new DateOnly(2026, 12, 30));

        Assert.StartsWith("Nein, am Mittwoch, 30. Dezember (Betriebsferien, bis Mittwoch, 6. Januar) geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Donnerstag, 7. Januar 2027, 08:00–12:00 Uhr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_times_after_a_closure_name_the_closure_first_and_their_year()
    {
        var pool = Office([ClosureParser.Parse("2026-03-02 bis 2027-06-30: Sanierung")], "Di-Fr 07:00-20:00");

        var text = Answer(pool, Tuesday, next: true);

        Assert.StartsWith("Geschlossen: 2. März 2026 bis 30. Juni 2027 (Sanierung).", text, StringComparison.Ordinal);
        Assert.Contains("Donnerstag, 1. Juli 2027, 07:00–20:00 Uhr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_times_of_this_year_name_no_closure_and_no_year()
    {
        var text = Answer(Office("Mo-Fr 08:00-12:00"), Tuesday, next: true);

        Assert.DoesNotContain("Geschlossen", text, StringComparison.Ordinal);
        Assert.Contains("Dienstag, 1. Dezember, 08:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_the_week_names_the_closures_to_come()
    {
        var office = Office([ClosureParser.Parse("2026-12-24 bis 2027-01-01: Betriebsferien")], "Mo-Fr 08:00-12:00");

        var text = Answer(office, Tuesday);

        Assert.Contains("Montag bis Freitag: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.Contains("Geschlossen: 24. Dezember 2026 bis 1. Januar 2027 (Betriebsferien).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_that_needs_an_appointment_is_never_a_bare_yes()
    {
        var text = Answer(Office("Do 14:00-18:00 nur mit Termin"), Tuesday, new DateOnly(2026, 12, 3));

        Assert.Equal("Ja, am Donnerstag, 3. Dezember: 14:00–18:00 Uhr (nur mit Termin).", text.Trim());
    }

    [Fact]
    public void A_day_with_a_note_alone_is_answered_with_the_note_not_yes_or_no()
    {
        var text = Answer(Office("Mo 08:00-12:00", "Di nach Vereinbarung"), Tuesday, new DateOnly(2026, 12, 8));

        Assert.Equal("Am Dienstag, 8. Dezember: nach Vereinbarung.", text.Trim());
    }

    [Fact]
    public void The_week_lists_notes_with_the_times()
    {
        var text = Answer(Office("Mo 08:00-12:00", "Di nach Vereinbarung", "Do 14:00-18:00 nur mit Termin"), Tuesday);

        Assert.Contains("- Montag: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.Contains("- Dienstag: nach Vereinbarung", text, StringComparison.Ordinal);
        Assert.Contains("- Donnerstag: 14:00–18:00 Uhr (nur mit Termin)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DayPart.Morning, "Ja, am Dienstag, 8. Dezember vormittags: 09:00–12:00 Uhr.")]
    [InlineData(DayPart.Noon, "Ja, am Dienstag, 8. Dezember mittags: 13:00–15:00 Uhr.")]
    [InlineData(DayPart.Afternoon, "Ja, am Dienstag, 8. Dezember nachmittags: 13:00–15:00 Uhr.")]
    [InlineData(DayPart.Evening, "Nein, am Dienstag, 8. Dezember abends geschlossen. An diesem Tag: 09:00–12:00 Uhr, 13:00–15:00 Uhr.")]
    [InlineData(DayPart.Night, "Nein, am Dienstag, 8. Dezember nachts geschlossen. An diesem Tag: 09:00–12:00 Uhr, 13:00–15:00 Uhr.")]
    public void Each_part_of_the_day_is_checked_against_the_hours(DayPart part, string expected)
    {
        var text = Answer(Office("Di 09:00-12:00, 13:00-15:00"), Tuesday, new DateOnly(2026, 12, 8), part: part);

        Assert.Equal(expected, text.Trim());
    }

    [Fact]
    public void A_morning_asked_of_an_afternoon_office_is_no()
    {
        var text = Answer(Office("Do 14:00-17:00"), Tuesday, new DateOnly(2026, 12, 3), part: DayPart.Morning);

        Assert.StartsWith("Nein,", text, StringComparison.Ordinal);
        Assert.Contains("14:00–17:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_the_day_without_a_day_lists_the_days_open_then()
    {
        var office = Office("Mo-Fr 08:00-12:00", "Do 14:00-18:00");

        Assert.Equal("Ja, nachmittags: Donnerstag 14:00–18:00 Uhr.", Answer(office, Tuesday, part: DayPart.Afternoon).Split('\n')[0].Trim());
        Assert.StartsWith("Nein, abends geschlossen.", Answer(office, Tuesday, part: DayPart.Evening), StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekend_without_hours_is_no_with_the_next_times()
    {
        var text = Answer(Office("Mo-Fr 08:00-12:00"), Tuesday, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7));

        Assert.StartsWith("Nein, am Samstag, 5. Dezember und am Sonntag, 6. Dezember geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Montag, 7. Dezember", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekend_with_saturday_hours_is_yes_with_those_hours()
    {
        var text = Answer(Office("Mi 14:00-18:00", "Sa 09:00-13:00"), Tuesday, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7));

        Assert.StartsWith("Ja, am Samstag, 5. Dezember und am Sonntag, 6. Dezember:", text, StringComparison.Ordinal);
        Assert.Contains("- Samstag, 5. Dezember: 09:00–13:00 Uhr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sonntag, 6. Dezember:", text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_on_a_day_is_checked_against_that_days_slots()
    {
        var office = Office("Do 08:00-12:30, 14:00-18:00");

        Assert.StartsWith("Ja, am Donnerstag, 3. Dezember um 16:00 Uhr: 14:00–18:00 Uhr.", Answer(office, Tuesday, new DateOnly(2026, 12, 3), time: new TimeOnly(16, 0)), StringComparison.Ordinal);
        Assert.StartsWith("Nein, am Donnerstag, 3. Dezember um 13:00 Uhr nicht.", Answer(office, Tuesday, new DateOnly(2026, 12, 3), time: new TimeOnly(13, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_now_on_a_holiday_names_it()
    {
        var builder = new ReplyBuilder(false);

        new HoursAnswer(false, Calendar).OpenNow(builder, Office("Mo-Fr 08:00-12:00"), new DateTime(2027, 5, 27, 10, 0, 0), closedAsked: false);

        var text = builder.Build(ReplyTopic.Hours).Text;
        Assert.StartsWith("Nein, heute (Fronleichnam) geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Freitag, 28. Mai", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_now_repeats_the_note_of_the_running_slot()
    {
        var builder = new ReplyBuilder(false);

        new HoursAnswer(false, Calendar).OpenNow(builder, Office("Di 08:00-12:00 nur mit Termin"), Tuesday, closedAsked: false);

        Assert.StartsWith("Ja, jetzt geöffnet, bis 12:00 Uhr (nur mit Termin).", builder.Build(ReplyTopic.Hours).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_asked_midweek_leaves_out_the_days_gone_by()
    {
        var thursday = new DateTime(2026, 12, 3, 10, 0, 0);

        var text = Answer(Office("Mo-Fr 08:00-12:00"), thursday, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7));

        Assert.DoesNotContain("Montag, 30. November", text, StringComparison.Ordinal);
        Assert.Contains("- Donnerstag, 3. Dezember: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
        Assert.Contains("- Freitag, 4. Dezember: 08:00–12:00 Uhr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_without_hours_is_no_and_closed()
    {
        var text = Answer(Office("Di-Fr 14:00-20:00"), Tuesday, new DateOnly(2026, 12, 7));

        Assert.StartsWith("Nein, am Montag, 7. Dezember geschlossen.", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*Ja\b", text);
    }

    [Fact]
    public void A_day_part_asked_to_be_closed_when_it_has_no_hours_is_yes_closed()
    {
        var builder = new ReplyBuilder(false);
        var asked = new HoursAsked(new DateSpan(new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 10)), DayPart.Afternoon, Next: false, ClosedAsked: true, null, TimeIsEnd: false);
        new HoursAnswer(false, Calendar).Write(builder, Office("Mo-Fr 08:00-12:30"), asked, Tuesday);

        Assert.StartsWith("Ja, am Mittwoch, 9. Dezember nachmittags geschlossen.", builder.Build(ReplyTopic.Hours).Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void English_hours_are_written_on_the_24_hour_clock_the_town_publishes()
    {
        var text = Answer(Office("Sa 10:00-13:00"), Tuesday, new DateOnly(2026, 12, 5), english: true);

        Assert.StartsWith("Yes, on Saturday, December 5: 10:00–13:00.", text.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("PM", text, StringComparison.Ordinal);
    }
}
