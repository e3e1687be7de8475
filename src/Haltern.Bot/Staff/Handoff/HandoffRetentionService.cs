namespace Haltern.Bot.Staff.Handoff;

/// <summary>Deletes requests older than <c>Handoff:RetentionDays</c> from the store: at start and every hour.</summary>
public sealed class HandoffRetentionService : HourlySweepService
{
    private readonly HandoffStore _store;
    private readonly ILogger<HandoffRetentionService> _logger;

    public HandoffRetentionService(HandoffStore store, TimeProvider time, ILogger<HandoffRetentionService> logger)
        : base(time, logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = logger;
    }

    protected override async Task SweepAsync(CancellationToken stoppingToken)
    {
        var deleted = await _store.SweepAsync(stoppingToken);
        if (deleted > 0)
        {
            _logger.LogInformation("Deleted {Count} expired requests to staff", deleted);
        }
    }
}
