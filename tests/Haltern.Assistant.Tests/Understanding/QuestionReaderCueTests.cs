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

    [Theory]
    [InlineData("Wie lange dauert die Sperrung?")]
    [InlineData("Wie viele Wochen hat der Umbau gedauert?")]
    public void The_verb_of_lasting_asks_for_a_duration(string text) => Assert.True(Read(text).Has(Cue.Duration));

    [Theory]
    [InlineData("Wie teuer ist eine Dauerkarte für die Eishalle?")]
    [InlineData("Wo dürfen Dauerparker stehen?")]
    public void A_noun_that_starts_like_the_verb_of_lasting_asks_for_no_duration(string text) => Assert.False(Read(text).Has(Cue.Duration));

    [Theory]
    [InlineData("Um wie viel steigen die Parkgebühren?")]
    [InlineData("Um wieviel Prozent wurde der Hebesatz erhöht?")]
    [InlineData("Um wie viele Euro wird die Hundesteuer teurer?")]
    [InlineData("By how much do the parking fees rise?")]
    public void By_how_much_asks_for_a_change_not_an_amount(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Change));
        Assert.False(read.Has(Cue.Cost));
        Assert.False(read.Has(Cue.Quantity));
    }

    [Theory]
    [InlineData("Wann hat die Eishalle wieder auf?", true)]
    [InlineData("Wann kann man endlich wieder eislaufen?", true)]
    [InlineData("When does the library open again?", true)]
    [InlineData("Warum wird die Müllabfuhr schon wieder teurer?", false)]
    [InlineData("Wann hat die Eishalle auf?", false)]
    public void When_again_asks_for_the_next_time(string text, bool next)
    {
        Assert.Equal(next, Read(text).Has(Cue.Next));
    }

    [Theory]
    [InlineData("Gibt es für die neue Turnhalle Zuschüsse?", true)]
    [InlineData("Erhält der Verein dafür Fördermittel?", true)]
    [InlineData("Are there grants for the new roof?", true)]
    [InlineData("Wie beantrage ich den Zuschuss für mein Lastenrad?", false)]
    [InlineData("Wie hoch ist der Zuschuss?", false)]
    public void A_grant_alone_asks_where_money_comes_from(string text, bool funding)
    {
        Assert.Equal(funding, Read(text).Has(Cue.Funding));
    }

    [Theory]
    [InlineData("Muss ich für den Anschluss was bezahlen?", Cue.Cost, Cue.Money | Cue.Funding)]
    [InlineData("Was muss ich für die Eisbahn zahlen?", Cue.Cost, Cue.Money | Cue.Funding)]
    [InlineData("Wer muss das bezahlen?", Cue.Funding, Cue.Cost)]
    [InlineData("Wann muss ich die Steuer zahlen?", Cue.When, Cue.Cost)]
    [InlineData("Ab welchem Einkommen muss man nichts zahlen?", Cue.None, Cue.Cost)]
    public void Paying_asked_of_oneself_asks_a_price_and_after_wer_who_pays(string text, Cue asked, Cue notAsked)
    {
        var read = Read(text);

        Assert.True(read.Has(asked) || asked == Cue.None);
        Assert.False(read.Has(notAsked));
    }

    [Fact]
    public void Um_wie_viel_Uhr_asks_for_a_time_not_a_change()
    {
        var read = Read("Um wie viel Uhr beginnt die Sitzung?");

        Assert.True(read.Has(Cue.When));
        Assert.False(read.Has(Cue.Change));
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

    [Theory]
    [InlineData("Wie wird der Neubau finanziert?")]
    [InlineData("Woher kommt das Geld für den Neubau?")]
    public void How_something_is_paid_for_asks_for_a_source_not_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Reason));
        Assert.False(read.Has(Cue.Quantity));
    }

    [Fact]
    public void How_much_is_paid_for_asks_for_a_sum()
    {
        var read = Read("Wie viel wird für den Neubau finanziert?");

        Assert.True(read.Has(Cue.Cost | Cue.Money));
        Assert.False(read.Has(Cue.Reason));
    }

    [Theory]
    [InlineData("Erzähl mir einen Witz")]
    [InlineData("Was hältst du vom Neubau?")]
    [InlineData("Wie wird das Wetter?")]
    public void Jokes_opinions_and_the_weather_are_out_of_scope(string text)
    {
        Assert.True(Read(text).Has(Cue.ChitChat));
    }

    [Theory]
    [InlineData("Und wo genau?", true)]
    [InlineData("Wer hat das beschlossen?", true)]
    [InlineData("Wie ist die Adresse vom Rathaus?", false)]
    [InlineData("Was kostet das Schwimmbad?", false)]
    public void A_word_that_points_back_makes_a_follow_up_and_an_article_before_a_name_does_not(string text, bool pointsBack)
    {
        Assert.Equal(pointsBack, Read(text).Has(Cue.RefersBack));
    }

    [Fact]
    public void A_word_one_letter_off_a_cue_word_but_in_its_first_letter_is_another_word()
    {
        var read = Read("Wie wurde das beschlossen?");

        Assert.False(read.Has(Cue.Closed));
        Assert.True(Read("Wie ist die Telfonnummer?").Has(Cue.Phone));
    }
}
