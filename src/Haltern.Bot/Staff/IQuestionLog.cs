namespace Haltern.Bot.Staff;

/// <summary>The store behind the staff reports: it survives a restart and forgets after the retention period.</summary>
public interface IQuestionLog
{
    /// <summary>Appends one question; the write may complete later, but before any read or prune sees the log.</summary>
    Task RecordAsync(QuestionEvent question, CancellationToken cancellationToken);

    /// <summary>The questions asked at or after <paramref name="since"/>, oldest first, within the retention period.</summary>
    Task<IReadOnlyList<QuestionEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes what is older than the retention period; returns how many day files were deleted.</summary>
    Task<int> PruneAsync(CancellationToken cancellationToken);
}
