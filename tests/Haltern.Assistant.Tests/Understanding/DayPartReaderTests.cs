using Haltern.Assistant.Hours;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class DayPartReaderTests
{
    private static DayPart? Read(string text) =>
        DayPartReader.Find(text.Split([' ', ',', '?'], StringSplitOptions.RemoveEmptyEntries).Select(Lexicon.Fold).ToArray());

    [Theory]
    [InlineData("Ist das Amt am Vormittag offen", DayPart.Morning)]
    [InlineData("Hat es morgens auf", DayPart.Morning)]
    [InlineData("Hat es mittags geöffnet", DayPart.Noon)]
    [InlineData("Hat das Amt am Dienstagnachmittag offen", DayPart.Afternoon)]
    [InlineData("Ist es am Freitagabend offen", DayPart.Evening)]
    [InlineData("Hat es abends auf", DayPart.Evening)]
    [InlineData("Ist das Amt nachts erreichbar", DayPart.Night)]
    [InlineData("Is it open in the afternoon", DayPart.Afternoon)]
    [InlineData("Is the library open on Monday evening", DayPart.Evening)]
    [InlineData("Guten Abend, hat es freitags nachmittags offen", DayPart.Afternoon)]
    public void A_part_of_the_day_is_read(string text, DayPart part)
    {
        Assert.Equal(part, Read(text));
    }

    [Theory]
    [InlineData("Hat das Amt morgen offen")]
    [InlineData("Guten Morgen, wann hat das Amt offen")]
    [InlineData("Good evening, when is the library open")]
    [InlineData("Hat das Amt am Sonnabend offen")]
    [InlineData("Hat das Amt am Wochenende offen")]
    public void Words_that_name_no_part_of_the_day_give_none(string text)
    {
        Assert.Null(Read(text));
    }
}
