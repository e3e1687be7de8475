using Haltern.Assistant.Understanding;
using Haltern.Bot.Assistant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Assistant;

/// <summary>The host empties the recognizers' caches on a clock, so a citizen's words do not stay in them.</summary>
public sealed class RecognizerCacheExpiryTests
{
    private static readonly DateUnderstanding Dates = new();

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
