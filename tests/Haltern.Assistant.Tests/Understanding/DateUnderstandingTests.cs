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
}
