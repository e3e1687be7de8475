using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Tests.Hours;

public sealed class HoursParserTests
{
    [Theory]
    [InlineData("Mo 08:00-12:30", 1)]
    [InlineData("Mo-Fr 08:00-12:00", 5)]
    [InlineData("Mo, Mi 14:00-16:00", 2)]
    [InlineData("Do 08:00-12:30, 14:00-18:00", 2)]
    [InlineData("Sa 9.00–13.00 Uhr", 1)]
    [InlineData("Fr-Mo 10:00-11:00", 4)]
    public void Parse_accepted_forms_give_slots(string entry, int slots)
    {
        Assert.Equal(slots, HoursParser.Parse(entry).Slots.Count);
    }

    [Fact]
    public void Parse_entry_gives_day_and_times()
    {
        var line = HoursParser.Parse("Di 08:00-12:30");

        Assert.Equal(new HoursEntry(DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(12, 30)), Assert.Single(line.Slots));
        Assert.Empty(line.Notes);
    }

    [Theory]
    [InlineData("Montags ab acht")]
    [InlineData("Mo 8 Uhr")]
    [InlineData("Xx 08:00-12:00")]
    [InlineData("Xx nach Vereinbarung")]
    [InlineData("Mo 25:00-26:00")]
    [InlineData("Mo 12:00-08:00")]
    [InlineData("Di und Do nach Vereinbarung")]
    [InlineData("Mo 08:00-12:00 ab 13 Uhr telefonisch")]
    [InlineData("")]
    public void Parse_bad_entry_throws(string entry)
    {
        Assert.Throws<FormatException>(() => HoursParser.Parse(entry));
    }

    [Fact]
    public void A_note_instead_of_times_gives_each_day_the_note()
    {
        var line = HoursParser.Parse("Di-Mi nach Vereinbarung");

        Assert.Empty(line.Slots);
        Assert.Equal([new DayNote(DayOfWeek.Tuesday, "nach Vereinbarung"), new DayNote(DayOfWeek.Wednesday, "nach Vereinbarung")], line.Notes);
    }

    [Theory]
    [InlineData("Do 14:00-18:00 nur mit Termin")]
    [InlineData("Do 14:00-18:00 Uhr nur mit Termin")]
    [InlineData("Do 14:00-18:00, nur mit Termin")]
    [InlineData("Do 14:00-18:00 (nur mit Termin)")]
    [InlineData("Do: 14:00-18:00 nur mit Termin.")]
    public void A_note_after_the_times_goes_with_each_slot(string entry)
    {
        var slot = Assert.Single(HoursParser.Parse(entry).Slots);

        Assert.Equal(new HoursEntry(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(18, 0)) { Note = "nur mit Termin" }, slot);
    }

    [Fact]
    public void Times_without_a_note_have_none()
    {
        Assert.All(HoursParser.Parse("Do 08:00-12:30 und 14:00-18:00 Uhr").Slots, s => Assert.Null(s.Note));
    }
}
