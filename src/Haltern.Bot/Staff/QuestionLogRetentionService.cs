namespace Haltern.Bot.Staff;

/// <summary>Deletes question log entries older than the retention period: at start and every hour.</summary>
public sealed class QuestionLogRetentionService : HourlySweepService
{
    private readonly IQuestionLog _log;
    private readonly ILogger<QuestionLogRetentionService> _logger;

    public QuestionLogRetentionService(IQuestionLog log, TimeProvider time, ILogger<QuestionLogRetentionService> logger)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(logger);
        _log = log;
        _logger = logger;
    }

    protected override async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _log.PruneAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not prune the question log");
        }
        catch (State.StoreUnavailableException ex)
        {
            _logger.LogWarning("Could not prune the question log: the shared store is unavailable ({Reason})", ex.Reason);
        }
    }
}
