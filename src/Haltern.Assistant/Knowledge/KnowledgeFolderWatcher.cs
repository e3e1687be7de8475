using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Haltern.Assistant.Knowledge;

/// <summary>
/// Watches a knowledge folder and reports changes in bursts: after a change, it waits until the folder has been
/// quiet for <c>quietPeriod</c> (or <c>maxDelay</c> has passed since the first change of the burst) and then
/// calls back once. A folder copied in, an editor's save-rename dance, or a hundred files touched at once give
/// one callback, not hundreds. Only Markdown files and folders count; temporary files are ignored.
/// </summary>
public sealed partial class KnowledgeFolderWatcher : IAsyncDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly ILogger _logger;

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

        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += OnChange;
        _watcher.Changed += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        _loop = RunAsync(quietPeriod, maxDelay, changed, timeProvider, _stopping.Token);
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (Counts(e.FullPath))
        {
            Signal();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (Counts(e.FullPath) || Counts(e.OldFullPath))
        {
            Signal();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // Usually an overflow of the event buffer: changes were lost, so reload everything.
        LogWatcherError(_logger, e.GetException());
        Signal();
    }

    private void Signal() => _signals.Writer.TryWrite(true);

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
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        _signals.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge folder watcher reported an error; reloading everything")]
    private static partial void LogWatcherError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the knowledge folder failed; the index serving stays")]
    private static partial void LogCallbackFailed(ILogger logger, Exception exception);
}
