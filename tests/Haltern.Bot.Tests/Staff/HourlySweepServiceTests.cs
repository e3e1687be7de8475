using Haltern.Bot.Staff;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Staff;

public sealed class HourlySweepServiceTests
{
    [Fact]
    public async Task It_sweeps_at_start_and_again_each_hour_on_the_apps_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        using var sweep = new CountingSweep(time);

        await sweep.StartAsync(CancellationToken.None);
        await sweep.WaitForAsync(1);
        time.Advance(TimeSpan.FromMinutes(59));
        var beforeTheHour = sweep.Count;
        time.Advance(TimeSpan.FromMinutes(1));
        await sweep.WaitForAsync(2);
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeTheHour);
        Assert.Equal(2, sweep.Count);
    }

    private sealed class CountingSweep(TimeProvider time) : HourlySweepService(time, NullLogger.Instance)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task SweepAsync(CancellationToken stoppingToken)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Count < count)
            {
                await Task.Delay(10, timeout.Token);
            }
        }
    }
}
