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
}
