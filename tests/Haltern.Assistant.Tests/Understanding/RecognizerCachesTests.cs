using Haltern.Assistant.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>The recognizers' own caches hold citizens' words; the assistant empties them on a clock.</summary>
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

    [Fact]
    public async Task The_expiry_empties_the_caches_when_the_lifetime_has_passed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var expiry = new RecognizerCacheExpiry(time, NullLogger<RecognizerCacheExpiry>.Instance);
        await expiry.StartAsync(CancellationToken.None);
        var words = "Aktenzeichen" + Guid.NewGuid().ToString("N")[..8];
        Dates.Recognize($"Geht es am Mittwoch {words}?", english: false, DateTime.Now, preferFuture: true);

        time.Advance(RecognizerCacheExpiry.Period - TimeSpan.FromMilliseconds(100));
        await Task.Delay(100);
        Assert.True(RecognizerCaches.Holds(words)); // not yet

        time.Advance(TimeSpan.FromMilliseconds(100));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (RecognizerCaches.Holds(words) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.False(RecognizerCaches.Holds(words));
        await expiry.StopAsync(CancellationToken.None);
    }
}
