using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// Sweeps idle Direct Line conversations now and then (a quarter of the idle timeout, at most a minute) and
/// tells <see cref="IDirectLineConversationsEnded"/> which ended, so that neither the conversations nor what the bot
/// keeps for them grow without bound.
/// </summary>
public sealed class DirectLineExpiryService : BackgroundService
{
    private readonly IDirectLineConversationStore _store;
    private readonly IDirectLineConversationsEnded[] _endedHandlers;
    private readonly TimeProvider _time;
    private readonly TimeSpan _period;
    private readonly ILogger<DirectLineExpiryService> _logger;

    public DirectLineExpiryService(
        IDirectLineConversationStore store,
        IEnumerable<IDirectLineConversationsEnded> endedHandlers,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        ILogger<DirectLineExpiryService> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(endedHandlers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _endedHandlers = endedHandlers.ToArray();
        _time = time;
        _logger = logger;
        _period = TimeSpan.FromTicks(Math.Min(options.Value.ConversationIdleTimeout.Ticks / 4, TimeSpan.FromMinutes(1).Ticks));
    }

    /// <summary>One sweep: removes idle conversations and passes on the ids of every conversation that ended.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var removed = await _store.RemoveExpiredAsync(cancellationToken);
        var ended = _store.TakeEnded();
        if (ended.Count > 0)
        {
            foreach (var handler in _endedHandlers)
            {
                await handler.OnEndedAsync(ended, cancellationToken);
            }
        }

        if (removed > 0)
        {
            _logger.LogInformation("Ended {Count} idle Direct Line conversations; {Open} remain open", removed, await _store.CountAsync(cancellationToken));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_period, _time);
        var failedSweeps = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                    if (failedSweeps > 0)
                    {
                        _logger.LogInformation("Sweeping Direct Line conversations works again after {Count} failed sweeps", failedSweeps);
                        failedSweeps = 0;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Logged when the failures start, not at every period: a shared store that is away for an
                    // hour would otherwise fill the log with the same line.
                    if (failedSweeps++ == 0)
                    {
                        _logger.LogWarning(exception, "Sweeping Direct Line conversations failed; tried again every {Period}, logged again when it works", _period);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
