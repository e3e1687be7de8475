using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.DirectLine;

/// <summary>
/// Sweeps idle Direct Line conversations now and then (a quarter of the idle timeout, at most a minute) and
/// deletes the bot's conversation state of each ended one, so neither grows without bound.
/// </summary>
public sealed class DirectLineExpiryService : BackgroundService
{
    private readonly DirectLineConversationStore _store;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly TimeSpan _period;
    private readonly ILogger<DirectLineExpiryService> _logger;

    public DirectLineExpiryService(
        DirectLineConversationStore store,
        IStorage storage,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        ILogger<DirectLineExpiryService> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _storage = storage;
        _time = time;
        _logger = logger;
        _period = TimeSpan.FromTicks(Math.Min(options.Value.ConversationIdleTimeout.Ticks / 4, TimeSpan.FromMinutes(1).Ticks));
    }

    /// <summary>One sweep: removes idle conversations and the bot state of every conversation that ended.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var removed = _store.RemoveExpired();
        var ended = _store.TakeEnded();
        if (ended.Count > 0)
        {
            var keys = ended.Select(id => ConversationMemoryStore.Key(DirectLineBotAdapter.ChannelId, id)).ToArray();
            await _storage.DeleteAsync(keys, cancellationToken);
        }

        if (removed > 0)
        {
            _logger.LogInformation("Ended {Count} idle Direct Line conversations; {Open} remain open", removed, _store.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_period, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.LogError(exception, "Sweeping Direct Line conversations failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
