using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_abbreviations_and_ordinals_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("Am 9. Juni tagte der Rat. Dazu gehören z.B. die Verkabelung, das WLAN u.a. mehr. Nr. 5 folgt! Wirklich?");

        Assert.Equal(["Am 9. Juni tagte der Rat.", "Dazu gehören z.B. die Verkabelung, das WLAN u.a. mehr.", "Nr. 5 folgt!", "Wirklich?"], sentences);
    }

    [Fact]
    public void Split_numbers_with_dots_stay_whole()
    {
        Assert.Single(SentenceSplitter.Split("Es kostet fast 950.000 Euro bis 2022."));
    }

    [Fact]
    public void A_full_stop_inside_a_quotation_that_goes_on_does_not_end_the_sentence_and_a_closing_mark_stays_with_its_own()
    {
        var sentences = SentenceSplitter.Split("Das Geld kommt aus dem Programm „Heimat. Zukunft. Fließt.“ des Landes. „Wir freuen uns.“ Die Feier ist im Mai.");

        Assert.Equal(["Das Geld kommt aus dem Programm „Heimat. Zukunft. Fließt.“ des Landes.", "„Wir freuen uns.“", "Die Feier ist im Mai."], sentences);
    }

    [Fact]
    public void The_abbreviation_of_a_registered_association_does_not_end_the_sentence()
    {
        var sentences = SentenceSplitter.Split("Die Eisbahn bezahlt der Förderverein Innenstadt e. V., das Land gibt nichts dazu.");

        Assert.Single(sentences);
    }
}
