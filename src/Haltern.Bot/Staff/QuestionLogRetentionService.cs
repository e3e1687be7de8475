namespace Haltern.Bot.Staff;

/// <summary>Deletes question log entries older than the retention period: at start and every hour.</summary>
public sealed class QuestionLogRetentionService(IQuestionLog log, TimeProvider time, ILogger<QuestionLogRetentionService> logger)
    : HourlySweepService(time, logger)
{
    private readonly IQuestionLog _log = log ?? throw new ArgumentNullException(nameof(log));

    protected override Task SweepAsync(CancellationToken stoppingToken) => _log.PruneAsync(stoppingToken);
}
