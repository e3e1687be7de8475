using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class HolidayNamesTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    /// <summary>Tuesday, 1 December 2026, 10:00 city time.</summary>
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0);

    [Theory]
    [InlineData("Hat das Bürgerbüro an Fronleichnam geöffnet?", "2027-05-27")]
    [InlineData("Hat das Bürgerbüro an Allerheiligen geöffnet?", "2027-11-01")]
    [InlineData("Hat das Bürgerbüro an Christi Himmelfahrt geöffnet?", "2027-05-06")]
    [InlineData("Ist das Amt am Tag der Deutschen Einheit offen?", "2027-10-03")]
    [InlineData("Is the office open on Good Friday?", "2027-03-26")]
    [InlineData("Hat das Bürgerbüro an Fronleichnam 2028 geöffnet?", "2028-06-15")]
    [InlineData("Hat das Bürgerbüro am zweiten Weihnachtstag geöffnet?", "2026-12-26")]
    [InlineData("Hat das Bürgerbüro am Ostermontag 2028 geöffnet?", "2028-04-17")]
    [InlineData("Hat das Amt an Himmelfahrt offen?", "2027-05-06")]
    [InlineData("Is the office open on All Saints' Day?", "2027-11-01")]
    [InlineData("Ist das Amt am Buß- und Bettag offen?", "2027-11-17")]
    [InlineData("Hat das Bürgerbüro am Freitag nach Christi Himmelfahrt offen?", "2027-05-07")]
    [InlineData("Ist das Rathaus am Freitag nach Fronleichnam auf?", "2027-05-28")]
    [InlineData("Is the office open on the Monday after Easter Sunday?", "2027-03-29")]
    [InlineData("Hat die Bücherei am Samstag vor Pfingstmontag auf?", "2027-05-15")]
    public void A_holiday_named_in_a_question_is_its_next_date(string question, string date)
    {
        var read = Reader.Read(question, null, Now);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), read.FutureSpan?.Start);
        Assert.True(read.FutureSpan!.IsSingleDay);
    }

    [Fact]
    public void The_holiday_name_is_left_out_of_the_search()
    {
        var read = Reader.Read("Hat das Bürgerbüro an Fronleichnam geöffnet?", null, Now);

        Assert.Contains("Fronleichnam", read.DateMentions);
    }

    [Fact]
    public void A_holiday_gone_by_is_the_last_one_for_the_news()
    {
        var read = Reader.Read("Was war an Allerheiligen?", null, Now);

        Assert.Equal(new DateOnly(2026, 11, 1), read.PastSpan?.Start);
    }

    [Fact]
    public void A_question_without_a_holiday_keeps_the_date_models_reading()
    {
        var read = Reader.Read("Hat das Bürgerbüro am Freitag geöffnet?", null, Now);

        Assert.Equal(new DateOnly(2026, 12, 4), read.FutureSpan?.Start);
    }
}
