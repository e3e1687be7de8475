using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>What kind of answer a wording asks for.</summary>
public sealed class QuestionReaderCueTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    private static ReadQuestion Read(string text) =>
        Reader.Read(text, text.StartsWith("Wie", StringComparison.Ordinal) ? "de-DE" : "en-US", new DateTime(2026, 12, 1, 10, 0, 0));

    [Theory]
    [InlineData("Wie lang ist der Radweg?")]
    [InlineData("Wie groß ist der neue Saal?")]
    [InlineData("Wie hoch ist der Turm?")]
    [InlineData("How tall is the tower?")]
    public void A_measure_asks_for_a_number(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Quantity));
        Assert.False(read.Has(Cue.Duration));
    }

    [Fact]
    public void How_long_something_lasts_is_no_measure()
    {
        var read = Read("Wie lange dauern die Arbeiten?");

        Assert.True(read.Has(Cue.Duration));
        Assert.False(read.Has(Cue.Quantity));
    }

    [Theory]
    [InlineData("When does the mayor hold office hours?", "office")]
    [InlineData("What are the opening hours of the library?", "opening")]
    public void Office_hours_ask_for_hours_and_name_no_office(string text, string word)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Hours));
        Assert.Contains(word, read.CueWords);
    }

    [Fact]
    public void An_office_without_hours_stays_a_topic()
    {
        var read = Read("Which office handles building permits?");

        Assert.DoesNotContain("office", read.CueWords);
    }
}
