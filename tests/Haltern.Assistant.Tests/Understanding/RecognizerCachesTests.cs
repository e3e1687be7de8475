using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>The recognizers' own caches hold citizens' words; the host empties them on a clock (tests/Haltern.Bot.Tests/Assistant).</summary>
public sealed class RecognizerCachesTests
{
    private static readonly DateUnderstanding Dates = new();

    [Fact]
    public void The_recognizers_keep_what_they_read_until_forgotten()
    {
        var words = "Kundennummer" + Guid.NewGuid().ToString("N")[..8]; // unique: other tests read in parallel
        Dates.Recognize($"Ist {words} morgen offen?", english: false, DateTime.Now, preferFuture: true);
        Assert.True(RecognizerCaches.Holds(words));

        Assert.True(RecognizerCaches.Forget() >= 3); // date, date range and number extractors at least

        Assert.False(RecognizerCaches.Holds(words));
    }
}
