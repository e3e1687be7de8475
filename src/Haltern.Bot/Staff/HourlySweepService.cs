namespace Haltern.Bot.Staff;

/// <summary>
/// Deletes what staff features keep only for a while: one sweep at start and one every hour on the app's clock.
/// A sweep handles the failures it expects itself (a store briefly unreachable), so the next hour tries again.
/// </summary>
public abstract class HourlySweepService : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    private readonly TimeProvider _time;

    protected HourlySweepService(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>One sweep.</summary>
    protected abstract Task SweepAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, _time);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
