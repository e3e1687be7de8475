using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Tests.Hours;

public sealed class HoursTests
{
    [Theory]
    [InlineData("Mo 08:00-12:30", 1)]
    [InlineData("Mo-Fr 08:00-12:00", 5)]
    [InlineData("Mo, Mi 14:00-16:00", 2)]
    [InlineData("Do 08:00-12:30, 14:00-18:00", 2)]
    [InlineData("Sa 9.00–13.00 Uhr", 1)]
    [InlineData("Fr-Mo 10:00-11:00", 4)]
    public void Parse_AcceptedForms_GiveSlots(string entry, int slots)
    {
        Assert.Equal(slots, HoursParser.Parse(entry).Count);
    }

    [Fact]
    public void Parse_Entry_GivesDayAndTimes()
    {
        var slot = Assert.Single(HoursParser.Parse("Di 08:00-12:30"));

        Assert.Equal(new HoursEntry(DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(12, 30)), slot);
    }

    [Theory]
    [InlineData("Montags ab acht")]
    [InlineData("Mo 8 Uhr")]
    [InlineData("Xx 08:00-12:00")]
    [InlineData("Mo 25:00-26:00")]
    [InlineData("Mo 12:00-08:00")]
    [InlineData("")]
    public void Parse_BadEntry_Throws(string entry)
    {
        Assert.Throws<FormatException>(() => HoursParser.Parse(entry));
    }

    private static readonly WeeklyHours Office = new(
        HoursParser.Parse("Mo 08:00-12:30").Concat(HoursParser.Parse("Do 08:00-12:30, 14:00-18:00")));

    [Fact]
    public void Upcoming_OnThursdayAfternoon_StartsWithTheRunningSlot()
    {
        var now = new DateTime(2026, 12, 3, 15, 0, 0); // Thursday

        var next = HoursCalendar.Upcoming(Office, now, 2);

        Assert.Equal(new DatedSlot(new DateOnly(2026, 12, 3), new TimeOnly(14, 0), new TimeOnly(18, 0)), next[0]);
        Assert.Equal(new DateOnly(2026, 12, 7), next[1].Date);
        Assert.True(HoursCalendar.IsOpen(Office, now));
    }

    [Fact]
    public void Upcoming_AfterTheLastSlotOfTheWeek_WrapsToMonday()
    {
        var next = HoursCalendar.Upcoming(Office, new DateTime(2026, 12, 3, 18, 30, 0), 1);

        Assert.Equal(new DateOnly(2026, 12, 7), Assert.Single(next).Date);
    }

    [Fact]
    public void On_DayWithoutHours_IsEmpty()
    {
        Assert.Empty(HoursCalendar.On(Office, new DateOnly(2026, 12, 5)));
        Assert.Empty(HoursCalendar.Upcoming(WeeklyHours.None, new DateTime(2026, 12, 3, 9, 0, 0), 3));
    }
}
