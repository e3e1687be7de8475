using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>
/// A date phrase read once is not read again within the same minute; what is kept is forgotten on request and
/// cannot grow without bound.
/// </summary>
public sealed class DatePhraseMemoryTests
{
    // Its own instance: the counts below are not shared with other tests running in parallel.
    private readonly DateUnderstanding _dates = new();

    // Tuesday, 1 December 2026.
    private static readonly DateTime Morning = new(2026, 12, 1, 10, 0, 5);

    [Fact]
    public void The_same_phrase_in_the_same_minute_is_read_once_with_the_same_answer()
    {
        var first = _dates.RecognizeBoth("Hat das Bürgerbüro morgen offen?", english: false, Morning);
        var parses = _dates.Parses;

        var second = _dates.RecognizeBoth("Ist der Bürgermeister morgen zu sprechen?", english: false, Morning.AddSeconds(40));

        Assert.Equal(parses, _dates.Parses);
        Assert.Equal(new DateOnly(2026, 12, 2), first.Future?.Start);
        Assert.Equal(first.Future?.Start, second.Future?.Start);
        Assert.Equal(["morgen"], second.Future!.Mentions);
    }

    [Fact]
    public void The_same_phrase_on_the_next_day_is_read_again_for_that_day()
    {
        _dates.RecognizeBoth("Hat das Bürgerbüro morgen offen?", english: false, Morning);

        var nextDay = _dates.RecognizeBoth("Hat das Bürgerbüro morgen offen?", english: false, Morning.AddDays(1));

        Assert.Equal(new DateOnly(2026, 12, 3), nextDay.Future?.Start);
    }

    [Fact]
    public void German_and_English_are_kept_apart()
    {
        var german = _dates.RecognizeBoth("Und am Freitag?", english: false, Morning);
        var english = _dates.RecognizeBoth("Und am Freitag?", english: true, Morning);

        Assert.Equal(new DateOnly(2026, 12, 4), german.Future?.Start);
        Assert.Null(english.Future); // "Freitag" is no English word
    }

    [Fact]
    public void Forget_drops_the_phrases_read()
    {
        _dates.RecognizeBoth("Geht es am 17. März?", english: false, Morning);
        Assert.True(_dates.Holds("17. März"));

        _dates.Forget();

        Assert.False(_dates.Holds("17. März"));
        var parses = _dates.Parses;
        _dates.RecognizeBoth("Geht es am 17. März?", english: false, Morning);
        Assert.Equal(parses + 1, _dates.Parses);
    }

    [Fact]
    public void A_flood_of_different_phrases_does_not_grow_what_is_kept()
    {
        _dates.RecognizeBoth("Was war am 3. März 1911?", english: false, Morning);

        for (var i = 0; i < DateUnderstanding.MaxPhrases; i++)
        {
            _dates.RecognizeBoth($"Was ist in {i} Tagen?", english: false, Morning);
        }

        Assert.False(_dates.Holds("März 1911"));
        Assert.True(_dates.Holds($"in {DateUnderstanding.MaxPhrases - 1} Tagen"));
    }
}
