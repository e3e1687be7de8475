using Haltern.Bot.State;

namespace Haltern.Bot.Staff;

/// <summary>
/// Deletes what staff features keep only for a while: one sweep at start and one every hour on the app's clock. A
/// sweep that fails (a shared store away, a folder not writable) is tried again the next hour; the failure is logged
/// once when it starts and once when a sweep works again, not every hour in between.
/// </summary>
public abstract class HourlySweepService : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private int _failedSweeps;

    protected HourlySweepService(TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
    }

    /// <summary>One sweep; throws when it cannot be done now.</summary>
    protected abstract Task SweepAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, _time);
        do
        {
            await SweepOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SweepAsync(stoppingToken);
            if (_failedSweeps > 0)
            {
                _logger.LogInformation("The hourly sweep works again after {Count} failed sweeps", _failedSweeps);
                _failedSweeps = 0;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (_failedSweeps++ > 0)
            {
                return;
            }

            if (StoreUnavailableException.Find(exception) is { } unavailable)
            {
                _logger.LogWarning("The hourly sweep failed: the shared store is unavailable ({Reason}); tried again every hour, logged again when it works", unavailable.Reason);
            }
            else
            {
                _logger.LogWarning(exception, "The hourly sweep failed; tried again every hour, logged again when it works");
            }
        }
    }
}
