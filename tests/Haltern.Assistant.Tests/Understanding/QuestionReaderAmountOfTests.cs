using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>"Wie viel" before a noun: a sum of money where the noun names money or there is none, else how much of the thing.</summary>
public sealed class QuestionReaderAmountOfTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    private static ReadQuestion Read(string text) => Reader.Read(text, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

    [Theory]
    [InlineData("Wie viel Kies liegt auf dem Bauhof?")]
    [InlineData("wieviel Heizöl verbraucht die Turnhalle?")]
    [InlineData("Mit wie viel Prozent wurde der Landrat gewählt?")]
    [InlineData("ab wie viel jahren darf man im Seniorenbeirat mitreden?")]
    [InlineData("wie viel altpapier holt die stadt im monat ab")]
    public void How_much_of_a_thing_that_is_no_money_asks_a_quantity_not_a_price(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Quantity));
        Assert.True(read.Has(Cue.Measure));
        Assert.False(read.Has(Cue.Cost));
    }

    [Theory]
    [InlineData("Wie viel kostet der Ferienpass?")]
    [InlineData("Wie viel Zuschuss gibt die Stadt für eine Zisterne?")]
    [InlineData("wieviel hundesteuer muss ich zahlen")]
    [InlineData("Wie viel Geld wird in die Turnhalle investiert?")]
    [InlineData("Wie viel Elternbeitrag kostet die Kita?")]
    public void How_much_money_or_how_much_something_costs_stays_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Cost));
        Assert.False(read.Has(Cue.Measure));
    }
}
