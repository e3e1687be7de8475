using Haltern.Assistant.Understanding;
using Haltern.Bot.Assistant;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Assistant;

public sealed class RecognizerWarmupTests
{
    [Fact]
    public async Task Start_returns_at_once_and_stop_before_the_warming_began_does_not_wait_for_it()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var warmup = new RecognizerWarmup(new QuestionReader(new DateUnderstanding()), time);

        var start = warmup.StartAsync(CancellationToken.None);
        Assert.True(start.IsCompletedSuccessfully); // the host listens without waiting for the recognizers

        // The fake clock never reaches the delay: stopping must cancel the pending warm-up, not wait for it.
        await warmup.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task After_the_delay_the_recognizers_are_warmed_in_the_background()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var reader = new QuestionReader(new DateUnderstanding());
        var warmup = new RecognizerWarmup(reader, time);

        await warmup.StartAsync(CancellationToken.None);
        Assert.False(warmup.Warming.IsCompleted); // waits for its moment
        time.Advance(RecognizerWarmup.Delay);
        await warmup.Warming.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(warmup.Warming.IsCompletedSuccessfully);
        await warmup.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Warmed or not, the reader answers the same: the warm-up changes when the models are built, not what they read.
        var read = reader.Read("Hat das Bürgerbüro morgen geöffnet?", "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));
        Assert.Equal(new DateOnly(2026, 12, 2), read.FutureSpan?.Start);
    }
}
