using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class DateUnderstandingTests
{
    private static readonly DateUnderstanding Dates = new();

    // Tuesday, 1 December 2026, 10:00 city time.
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0);

    [Theory]
    [InlineData("Nachrichten aus dem Juni 2020", false, "2020-06-01", "2020-07-01")]
    [InlineData("Was gab es im Mai 2019?", false, "2019-05-01", "2019-06-01")]
    [InlineData("Meldungen aus dem Mai 2019", false, "2019-05-01", "2019-06-01")]
    [InlineData("Meldungen vom 9. Juni 2020", false, "2020-06-09", "2020-06-10")]
    [InlineData("Was gab es im Juni?", false, "2026-06-01", "2026-07-01")]
    [InlineData("Wann ist nächste Woche Sprechstunde?", true, "2026-12-07", "2026-12-14")]
    [InlineData("Hat der Bürgermeister morgen Sprechstunde?", true, "2026-12-02", "2026-12-03")]
    [InlineData("Hat das Bürgerbüro am Mittwoch geöffnet?", true, "2026-12-02", "2026-12-03")]
    [InlineData("Ist am Freitag offen?", true, "2026-12-04", "2026-12-05")]
    [InlineData("Hat das Amt heute geöffnet?", true, "2026-12-01", "2026-12-02")]
    [InlineData("Is it open tomorrow?", true, "2026-12-02", "2026-12-03")]
    public void Recognize_GermanAndEnglishDates_GivesTheSpan(string text, bool future, string start, string end)
    {
        var span = Dates.Recognize(text, english: text.StartsWith("Is ", StringComparison.Ordinal), Now, future);

        Assert.NotNull(span);
        Assert.Equal(DateOnly.Parse(start), span.Start);
        Assert.Equal(DateOnly.Parse(end), span.End);
    }

    [Fact]
    public void Recognize_TextWithoutDate_GivesNothing()
    {
        Assert.Null(Dates.Recognize("Telefonnummer Bürgerbüro", english: false, Now, preferFuture: true));
    }

    [Theory]
    [InlineData("Ist der Bürgermeister morgen zu sprechen?", "der Bürgermeister morgen zu sprechen?")]
    [InlineData("Hat das Bürgerbüro in zwei Wochen am Freitag wieder geöffnet?", "in zwei Wochen am Freitag wieder geöffnet?")]
    [InlineData("Gibt es vom Rathaus Neuigkeiten aus dem Juni 2020 zum Thema Schulen?", "aus dem Juni 2020 zum Thema")]
    [InlineData("morgen", "morgen")]
    public void DateWindow_IsTheWordsAroundWhatCanNameADay(string text, string window)
    {
        Assert.Equal(window, DateUnderstanding.DateWindow(text));
    }

    [Fact]
    public void DateWindow_TextThatCannotNameADay_IsNull()
    {
        Assert.Null(DateUnderstanding.DateWindow("Wie ist die Telefonnummer vom Bürgerbüro?"));
    }

    [Fact]
    public void Recognize_LongQuestion_FindsTheSameSpanAsInTheShortOne()
    {
        var longer = Dates.Recognize("Guten Tag, ich wollte fragen, ob der Herr Bürgermeister eventuell in zwei Wochen eine Sprechstunde für Bürgerinnen und Bürger anbietet?", english: false, Now, preferFuture: true);
        var shorter = Dates.Recognize("in zwei Wochen", english: false, Now, preferFuture: true);

        Assert.NotNull(shorter);
        Assert.NotNull(longer);
        Assert.Equal((shorter.Start, shorter.End), (longer.Start, longer.End));
        Assert.Equal(shorter.Mentions, longer.Mentions);
    }
}
