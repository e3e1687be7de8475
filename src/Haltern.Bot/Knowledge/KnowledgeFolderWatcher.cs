using System.Threading.Channels;

namespace Haltern.Bot.Knowledge;

/// <summary>
/// Watches a knowledge folder and reports changes in bursts: after a change, it waits until the folder has been
/// quiet for <c>quietPeriod</c> (or <c>maxDelay</c> has passed since the first change of the burst) and then
/// calls back once. A folder copied in, an editor's save-rename dance, or a hundred files touched at once give
/// one callback, not hundreds. Only Markdown files, the staff's synonyms and folders count; temporary files are
/// ignored. A file-system watch is bound to the folder it was opened on, not to its path, so the folder's own
/// name is watched in its parent as well: when the folder is deleted and put back, or a symbolic link on the
/// way to it is swapped, the watch is opened again on what the path names now (<see cref="Rearm"/>).
/// </summary>
public sealed partial class KnowledgeFolderWatcher : IAsyncDisposable
{
    private readonly string _folder;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly ILogger _logger;
    private readonly Lock _arming = new();
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _parent;
    private bool _disposed;

    /// <param name="folder">The knowledge folder (watched with its subfolders).</param>
    /// <param name="quietPeriod">How long the folder must be quiet before the callback.</param>
    /// <param name="maxDelay">The longest a burst can postpone the callback.</param>
    /// <param name="changed">Called once per burst; never concurrently with itself.</param>
    /// <param name="timeProvider">The clock for the waits.</param>
    /// <param name="logger">Logs watcher errors.</param>
    public KnowledgeFolderWatcher(string folder, TimeSpan quietPeriod, TimeSpan maxDelay, Func<CancellationToken, Task> changed, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _parent = WatchParent();
        _watcher = WatchFolder() ?? throw new DirectoryNotFoundException($"The knowledge folder '{_folder}' does not exist.");
        _loop = RunAsync(quietPeriod, maxDelay, changed, timeProvider, _stopping.Token);
    }

    /// <summary>Whether the folder's watch is open (false while the folder is gone).</summary>
    public bool Armed
    {
        get
        {
            lock (_arming)
            {
                return _watcher is not null;
            }
        }
    }

    /// <summary>
    /// Opens the folder's watch again on what its path names now (the old watch may follow a folder that was
    /// deleted or a link target that was swapped out); left closed while the folder does not exist.
    /// </summary>
    public void Rearm()
    {
        FileSystemWatcher? old;
        lock (_arming)
        {
            if (_disposed)
            {
                return;
            }

            old = _watcher;
            _watcher = WatchFolder();
        }

        if (old is not null)
        {
            old.EnableRaisingEvents = false;
            old.Dispose();
        }
    }

    private FileSystemWatcher? WatchFolder()
    {
        try
        {
            var watcher = new FileSystemWatcher(_folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += OnChange;
            watcher.Changed += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnRenamed;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            // The folder is gone for the moment (being replaced): its parent or the next scan arms the watch again.
            return null;
        }
    }

    /// <summary>The folder's own name in its parent: deleted, created, renamed, or a link to it swapped.</summary>
    private FileSystemWatcher? WatchParent()
    {
        var parent = Path.GetDirectoryName(_folder);
        if (parent is null)
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(parent, Path.GetFileName(_folder))
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName,
            };
            watcher.Created += OnFolderReplaced;
            watcher.Deleted += OnFolderReplaced;
            watcher.Renamed += OnFolderReplaced;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            LogParentNotWatched(_logger, ex);
            return null;
        }
    }

    private void OnFolderReplaced(object sender, FileSystemEventArgs e)
    {
        Rearm();
        Signal();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (IsLink(e.FullPath))
        {
            Rearm(); // a watch follows a link's old target: open it again on the new one
            Signal();
        }
        else if (Counts(e.FullPath))
        {
            Signal();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (IsLink(e.FullPath))
        {
            // A link renamed over another is how a Kubernetes volume swaps its content (its '..data' link).
            Rearm();
            Signal();
        }
        else if (Counts(e.FullPath) || Counts(e.OldFullPath))
        {
            Signal();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // Usually an overflow of the event buffer: changes were lost, so reload everything.
        LogWatcherError(_logger, e.GetException());
        Rearm();
        Signal();
    }

    private void Signal() => _signals.Writer.TryWrite(true);

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Markdown files, the staff's synonyms (<c>synonyme.txt</c>), and folders (a folder moved in or out carries files); not editors' temp files.</summary>
    private static bool Counts(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name.StartsWith('.') || name.StartsWith('~') || name.EndsWith('~'))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Length == 0
            || name.Equals("synonyme.txt", StringComparison.OrdinalIgnoreCase);
    }

    private async Task RunAsync(TimeSpan quietPeriod, TimeSpan maxDelay, Func<CancellationToken, Task> changed, TimeProvider time, CancellationToken stopping)
    {
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                _signals.Reader.TryRead(out _);
                var burstStart = time.GetTimestamp();
                while (true)
                {
                    // Quiet until proven otherwise: a new signal within the quiet period extends the wait.
                    var remaining = maxDelay - time.GetElapsedTime(burstStart);
                    if (remaining <= TimeSpan.Zero)
                    {
                        break;
                    }

                    using var timeout = new CancellationTokenSource(quietPeriod < remaining ? quietPeriod : remaining, time);
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
                    try
                    {
                        await _signals.Reader.ReadAsync(quiet.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                    {
                        break;
                    }
                }

                try
                {
                    await changed(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogCallbackFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopping
        }
    }

    public async ValueTask DisposeAsync()
    {
        FileSystemWatcher? watcher, parent;
        lock (_arming)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            (watcher, parent) = (_watcher, _parent);
            (_watcher, _parent) = (null, null);
        }

        foreach (var w in new[] { watcher, parent })
        {
            if (w is not null)
            {
                w.EnableRaisingEvents = false;
                w.Dispose();
            }
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _signals.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge folder watcher reported an error; reloading everything")]
    private static partial void LogWatcherError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The folder holding the knowledge folder cannot be watched; a replaced knowledge folder is found by the next scan")]
    private static partial void LogParentNotWatched(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the knowledge folder failed; the index serving stays")]
    private static partial void LogCallbackFailed(ILogger logger, Exception exception);
}
