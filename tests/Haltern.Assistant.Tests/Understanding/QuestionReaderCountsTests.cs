using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>What the numbers of a sentence count, and when a year in a question names a thing rather than a date.</summary>
public sealed class QuestionReaderCountsTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0);

    [Fact]
    public void The_noun_after_a_number_is_what_it_counts()
    {
        var nouns = Reader.CountedNouns("Zum Start besuchen 85 Kinder die Einrichtung, bis zum Jahresende sollen alle 110 Plätze belegt sein.");

        Assert.Equal(["Kinder", "Plätze"], nouns);
    }

    [Fact]
    public void Adjectives_between_a_number_and_its_noun_are_passed_over()
    {
        var nouns = Reader.CountedNouns("Der Verein hat sechs neue ehrenamtliche Fahrerinnen gewonnen.");

        Assert.Equal(["Fahrerinnen"], nouns);
    }

    [Fact]
    public void Nouns_joined_by_und_share_the_number_as_the_paired_forms_of_gender_fair_german_do()
    {
        var nouns = Reader.CountedNouns("Möglich wird das durch 12 neue Fahrerinnen und Fahrer; 14 Wagen und 9 Kapellen ziehen mit.");

        Assert.Equal(["Fahrerinnen", "Fahrer", "Wagen", "Kapellen"], nouns);
    }

    [Fact]
    public void A_noun_after_an_article_is_not_the_numbers()
    {
        var nouns = Reader.CountedNouns("Eltern, die für das Kindergartenjahr 2027/28 einen Platz suchen, melden ihr Kind online an; es gibt 640 Plätze.");

        Assert.Equal(["Plätze"], nouns);
    }

    [Fact]
    public void An_indefinite_article_counts_nothing()
    {
        Assert.Empty(Reader.CountedNouns("Eine Anmeldung ist nicht nötig."));
    }

    [Fact]
    public void The_word_after_a_number_is_its_unit()
    {
        var units = Reader.NumberUnits("Die Bahnsteige werden auf 76 Zentimeter angehoben; das Defizit liegt bei 6,8 Millionen Euro.");

        Assert.Contains("Zentimeter", units);
        Assert.All(units, u => Assert.False(char.IsWhiteSpace(u[0])));
    }

    [Fact]
    public void A_year_after_a_noun_names_the_thing_and_is_no_date()
    {
        var read = Reader.Read("Wann wird der Haushalt 2027 beschlossen?", null, Now);

        Assert.Null(read.PastSpan);
        Assert.Empty(read.DateMentions);
    }

    [Theory]
    [InlineData("Nachrichten aus dem Juni 2020")]
    [InlineData("Was geschah im Jahr 2025?")]
    [InlineData("Was war 2025 los?")]
    public void A_year_after_a_month_a_word_for_the_year_or_a_verb_stays_a_date(string question)
    {
        Assert.NotNull(Reader.Read(question, null, Now).PastSpan);
    }
}
