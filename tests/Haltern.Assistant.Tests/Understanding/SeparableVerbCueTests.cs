using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>
/// A separable verb's prefix that ends the question joins its verb: "Wen rufe ich da an?" asks for a telephone number
/// as "Wen kann ich anrufen?" does, and "rufe" is no topic word a service's text would have to hold. A verb of when
/// something happens stays a word of the event asked ("Wann fangen die Arbeiten an?").
/// </summary>
public sealed class SeparableVerbCueTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    private static ReadQuestion Read(string text) => Reader.Read(text, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

    [Theory]
    [InlineData("Wegen Wohngeld: wen rufe ich an?", "rufe")]
    [InlineData("wegen wohngeld, wo ruf ich an", "ruf")]
    public void A_prefix_that_ends_the_question_joins_its_verb(string question, string verb)
    {
        var read = Read(question);

        Assert.True(read.Has(Cue.Phone));
        Assert.Contains(verb, read.CueWords);
    }

    [Fact]
    public void A_verb_of_when_something_happens_stays_a_word_of_the_event()
    {
        var read = Read("Wann fangen die Arbeiten am Radweg an?");

        Assert.DoesNotContain("fangen", read.CueWords);
        Assert.True(read.Has(Cue.When));
    }
}
