using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Search;

/// <summary>Where the knowledge index stands.</summary>
public enum KnowledgeState
{
    /// <summary>The first index is being built; questions wait for it.</summary>
    Loading,

    /// <summary>An index is serving.</summary>
    Ready,

    /// <summary>The knowledge folder could not be loaded at all; no index serves.</summary>
    Failed,
}

/// <summary>
/// What <c>GET /health/ready</c> reports: the state, the counts of the index serving, and the files skipped with
/// their reasons (paths below the knowledge folder, never content).
/// </summary>
public sealed record KnowledgeStatus(
    KnowledgeState State,
    int Articles,
    int Services,
    IReadOnlyList<SkippedFile> Skipped,
    DateTimeOffset? LoadedAt,
    string? Problem)
{
    /// <summary>How many indexes were built or opened since start: 1 after the first load, +1 per reload.</summary>
    public int Generation { get; init; }

    /// <summary>True when the serving index was opened from <c>Knowledge:IndexPath</c> instead of built.</summary>
    public bool FromDisk { get; init; }

    /// <summary>Entries skipped in files that are served (a bad <c>hours</c> or <c>closed</c> line), with path, line and reason.</summary>
    public IReadOnlyList<SkippedEntry> SkippedEntries { get; init; } = [];

    /// <summary>How the last scan of the folder after the first load went; null before there was one.</summary>
    public KnowledgeScan? LastScan { get; init; }

    public static KnowledgeStatus Loading { get; } = new(KnowledgeState.Loading, 0, 0, [], null, null);
}

/// <summary>
/// One look at the knowledge folder while an index serves. <see cref="Problem"/> says why it failed (the folder
/// missing or unreadable, or the changes it found could not be indexed), never a path; <see cref="Stale"/> is true
/// when the folder holds changes that the serving index does not have.
/// </summary>
public sealed record KnowledgeScan(DateTimeOffset At, string? Problem, bool Stale);

/// <summary>Tells how the knowledge index stands, for the readiness endpoint.</summary>
public interface IKnowledgeStatusSource
{
    KnowledgeStatus Status { get; }
}
