using System.ComponentModel.DataAnnotations;

namespace Haltern.Assistant.Search;

/// <summary>Live reload and persistence settings, read from the <c>Knowledge</c> section beside <c>Knowledge:Path</c>.</summary>
public sealed class LiveKnowledgeOptions
{
    /// <summary>
    /// Optional folder for the Lucene index on disk. Set: the index is kept there and reused at start when the
    /// knowledge folder is unchanged. Empty: the index lives in memory and is built at every start.
    /// </summary>
    public string IndexPath { get; set; } = string.Empty;

    /// <summary>Whether the knowledge folder's file-system events are watched while the bot runs (besides <see cref="PollInterval"/>).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How often the folder is scanned for changes besides its file-system events: on a network volume, a
    /// synchronised copy or a Kubernetes volume the events do not arrive, and a scan also re-arms a watcher that
    /// stopped. A scan reads only the files whose time or size changed. <c>00:00:00</c> scans only on events.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the folder must be quiet after a change before the index is rebuilt (milliseconds).</summary>
    [Range(0, 60_000)]
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>The longest a stream of changes can postpone a rebuild (milliseconds).</summary>
    [Range(100, 600_000)]
    public int MaxReloadDelayMilliseconds { get; set; } = 5_000;

    /// <summary>How long a replaced index stays open for questions still running on it (milliseconds).</summary>
    [Range(0, 600_000)]
    public int RetireAfterMilliseconds { get; set; } = 10_000;
}
