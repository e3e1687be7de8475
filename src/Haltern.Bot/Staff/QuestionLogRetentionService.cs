namespace Haltern.Bot.Staff;

/// <summary>Deletes question log entries older than the retention period: at start and every hour.</summary>
public sealed class QuestionLogRetentionService : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    private readonly IQuestionLog _log;
    private readonly TimeProvider _time;
    private readonly ILogger<QuestionLogRetentionService> _logger;

    public QuestionLogRetentionService(IQuestionLog log, TimeProvider time, ILogger<QuestionLogRetentionService> logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _log = log;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, _time);
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
