using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>What a question about money, a reason or a moment asks for, when its words say more than one thing.</summary>
public sealed class QuestionReaderMoneyAndReasonTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    private static ReadQuestion Read(string text) => Reader.Read(text, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

    [Theory]
    [InlineData("Wo kommt das Geld für die neue Brücke her?")]
    [InlineData("Woher kommt eigentlich die Kohle für die Brücke?")]
    [InlineData("Woher nimmt die Gemeinde das Geld für die Brücke?")]
    [InlineData("Wer spendiert das Geld für den Heimatpreis?")]
    [InlineData("Wer hat die neue Brücke bezahlt?")]
    public void A_source_of_money_is_asked_not_a_place_or_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Reason));
        Assert.True(read.Has(Cue.Funding));
        Assert.False(read.Has(Cue.Address));
        Assert.False(read.Has(Cue.Cost));
        Assert.False(read.Has(Cue.RefersBack));
    }

    [Theory]
    [InlineData("Was hat die neue Brücke gekostet?")]
    [InlineData("Was zahlt man im Jahr für einen Hund?")]
    public void What_something_cost_or_what_one_pays_asks_for_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Cost));
        Assert.False(read.Has(Cue.Reason));
    }

    [Fact]
    public void A_price_and_who_pays_are_both_asked()
    {
        var read = Read("Was kostet die Brücke und wer bezahlt sie?");

        Assert.True(read.Has(Cue.Cost));
        Assert.True(read.Has(Cue.Reason | Cue.Funding));
        Assert.False(read.Has(Cue.Person)); // the payer is where the money comes from, not any person named
    }

    [Theory]
    [InlineData("Warum wird das Parken teurer?")]
    [InlineData("Warum gibt es so viele Baustellen?")]
    public void A_reason_asked_about_a_price_or_a_count_asks_no_number(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Reason));
        Assert.False(read.Has(Cue.Cost | Cue.Quantity));
    }

    [Fact]
    public void Who_gets_the_money_asks_for_a_person_not_a_sum()
    {
        var read = Read("Wer bekommt das Geld von der Tombola?");

        Assert.True(read.Has(Cue.Person));
        Assert.False(read.Has(Cue.Cost));
    }

    [Theory]
    [InlineData("Ich habe mein Handy verloren, wo ist das Fundbüro?")]
    [InlineData("Fundbüro samstags geöffnet?")]
    public void The_lost_property_office_asks_nothing_about_money(string text)
    {
        var read = Read(text);

        Assert.False(read.Has(Cue.Funding | Cue.Reason));
    }

    [Theory]
    [InlineData("Was kostet jetzt die graue Tonne?")]
    [InlineData("Warum gibt es jetzt zwei Hebesätze?")]
    [InlineData("Was kostet die graue Tonne nächstes Jahr?")]
    public void A_moment_beside_a_price_or_a_reason_asks_no_hours(string text)
    {
        var read = Read(text);

        Assert.False(read.Has(Cue.Now | Cue.Next | Cue.Hours));
        Assert.DoesNotContain("jetzt", read.Words.Except(read.CueWords));
    }

    [Theory]
    [InlineData("Ist das Bürgerbüro jetzt offen?")]
    [InlineData("Hat die Bücherei gerade geöffnet?")]
    public void Now_still_asks_for_hours_where_nothing_else_is_asked(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Now));
        Assert.True(read.Has(Cue.Hours));
    }

    [Fact]
    public void A_reason_asked_about_an_appointment_keeps_the_appointment_as_its_topic()
    {
        var read = Read("Warum brauche ich jetzt einen Termin für den Ausweis?");

        Assert.False(read.Has(Cue.Hours));
        Assert.DoesNotContain("Termin", read.CueWords);
        Assert.Contains("jetzt", read.CueWords);
    }

    [Theory]
    [InlineData("Warum bekommt die Feuerwehr ein neues Gebäude?", false)]
    [InlineData("Gibt es etwas Neues?", true)]
    [InlineData("Was gibt es Neues?", true)]
    public void New_after_an_article_is_an_adjective_not_news(string text, bool news)
    {
        Assert.Equal(news, Read(text).Has(Cue.News));
    }

    [Theory]
    [InlineData("Was ist im April passiert?")]
    [InlineData("What happened in April 2026?")]
    public void What_happened_asks_for_the_news(string text) => Assert.True(Read(text).Has(Cue.News));

    [Theory]
    [InlineData("Wer betreibt die Kita am Bach?")]
    [InlineData("Wer ist der Träger der Kita?")]
    public void Who_runs_an_institution_asks_for_a_body_and_running_is_no_topic(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Person));
        Assert.Single(read.Words, w => read.CueWords.Contains(w) && w is "betreibt" or "Träger");
    }

    [Theory]
    [InlineData("Was zahl ich im Jahr für die Biotonne?")]
    [InlineData("Was bezahle ich für einen Hund?")]
    public void What_I_pay_asks_for_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Cost));
        Assert.False(read.Has(Cue.Reason));
    }

    [Theory]
    [InlineData("Um wie viel Uhr beginnt das Feuerwerk?")]
    [InlineData("Ab wieviel Uhr muss ich Schnee räumen?")]
    public void What_time_asks_for_a_time_not_a_sum(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.When));
        Assert.False(read.Has(Cue.Cost));
    }

    [Fact]
    public void How_many_written_as_one_word_asks_for_a_count()
    {
        Assert.True(Read("Wieviele Laternen werden umgestellt?").Has(Cue.Quantity));
    }

    [Fact]
    public void How_long_something_takes_is_no_measure_even_with_lang()
    {
        var read = Read("Wie lang dauert es, bis der Ausweis fertig ist?");

        Assert.True(read.Has(Cue.Duration));
        Assert.False(read.Has(Cue.Measure | Cue.Quantity));
    }

    [Theory]
    [InlineData("Hat die Bücherei am Samstag auf?")]
    [InlineData("Macht das Freibad morgen auf?")]
    public void A_separable_auf_at_the_end_asks_whether_something_is_open(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Hours));
        Assert.False(read.Has(Cue.Closed));
    }

    [Theory]
    [InlineData("Mit wie vielen Stimmen wurde der Haushalt beschlossen?", Cue.Quantity)]
    [InlineData("An welchen Tagen ist Markt?", Cue.When)]
    [InlineData("wan ist der nächste Markt?", Cue.When)]
    [InlineData("Wie oft wird die gelbe Tonne geleert?", Cue.When | Cue.Duration)]
    [InlineData("Welche Firma baut den Radweg?", Cue.Person)]
    [InlineData("Welcher Verein organisiert das Fest?", Cue.Person)]
    public void A_kind_of_answer_asked_with_a_determiner_or_a_frequency_is_read(string text, Cue kind)
    {
        Assert.Equal(kind, Read(text).Cues & kind);
    }
}
