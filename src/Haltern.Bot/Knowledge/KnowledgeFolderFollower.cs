using Haltern.Assistant.Search;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Knowledge;

/// <summary>
/// Keeps the served knowledge up to the folder while the bot runs: starts the <see cref="LiveKnowledgeIndexProvider"/>,
/// reloads it when the folder's watcher reports a burst of changes (<c>Knowledge:Watch</c>), and scans the folder
/// every <c>Knowledge:PollInterval</c> as well, for volumes whose changes raise no file-system events (network
/// file systems, a synchronised copy, a Kubernetes volume). A scan that finds changes the watcher did not report
/// means the watch went deaf (its folder was replaced): it is opened again.
/// </summary>
public sealed partial class KnowledgeFolderFollower : IHostedService, IAsyncDisposable
{
    private readonly LiveKnowledgeIndexProvider _provider;
    private readonly LiveKnowledgeOptions _options;
    private readonly TimeProvider _timers;
    private readonly ILogger<KnowledgeFolderFollower> _logger;
    private readonly ILogger<KnowledgeFolderWatcher> _watcherLogger;
    private readonly CancellationTokenSource _stopping = new();
    private KnowledgeFolderWatcher? _watcher;
    private PeriodicTimer? _pollTimer;
    private Task _polling = Task.CompletedTask;
    private long _watcherReloads;

    /// <param name="provider">The index to keep current.</param>
    /// <param name="options">Watch, quiet period and poll interval.</param>
    /// <param name="timers">
    /// The clock of the waits and of the poll: the machine's clock in the bot (the city's clock may be a fake in
    /// tests, but a reload must happen in real time); a test of the poll passes a fake one.
    /// </param>
    /// <param name="loggerFactory">For the follower's and the watcher's logs.</param>
    public KnowledgeFolderFollower(LiveKnowledgeIndexProvider provider, IOptions<LiveKnowledgeOptions> options, TimeProvider timers, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _provider = provider;
        _options = options.Value;
        _timers = timers;
        _logger = loggerFactory.CreateLogger<KnowledgeFolderFollower>();
        _watcherLogger = loggerFactory.CreateLogger<KnowledgeFolderWatcher>();
    }

    /// <summary>Watches, starts the first load in the background and the poll; returns at once.</summary>
    /// <remarks>A knowledge folder that does not exist stops the start with a message that names it (a mistyped <c>Knowledge:Path</c>).</remarks>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = _provider.Folder;

        // Watch before loading, so a change made during the first load is not missed.
        if (_options.Watch)
        {
            try
            {
                _watcher = new KnowledgeFolderWatcher(folder,
                    TimeSpan.FromMilliseconds(_options.ReloadDelayMilliseconds),
                    TimeSpan.FromMilliseconds(_options.MaxReloadDelayMilliseconds),
                    ReloadOnEventsAsync, _timers, _watcherLogger);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
            {
                LogWatchFailed(_logger, ex);
            }
        }

        _provider.Start();
        if (_options.PollInterval > TimeSpan.Zero)
        {
            // Made here, not in the loop: a tick of the clock from now on is not lost however late the loop runs.
            _pollTimer = new PeriodicTimer(_options.PollInterval, _timers);
            _polling = PollAsync(_pollTimer, _stopping.Token);
        }

        return Task.CompletedTask;
    }

    private async Task ReloadOnEventsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _watcherReloads);
        await _provider.ReloadAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task PollAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        try
        {
            await _provider.WaitUntilLoadedAsync(stopping).ConfigureAwait(false);
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var watcherReloads = Interlocked.Read(ref _watcherReloads);
                bool changed;
                try
                {
                    changed = await _provider.ReloadAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPollFailed(_logger, ex);
                    continue;
                }

                if (_watcher is { } watcher && (changed || !watcher.Armed) && Interlocked.Read(ref _watcherReloads) == watcherReloads)
                {
                    // Changes the watch did not report, or a watch closed because its folder went: open it on the folder there now.
                    LogWatchRearmed(_logger, changed);
                    watcher.Rearm();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopping
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
        {
            await watcher.DisposeAsync().ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _polling.ConfigureAwait(false);
        _pollTimer?.Dispose();
        await _provider.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge folder cannot be watched; changes are found by the scan every Knowledge:PollInterval")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scanning the knowledge folder failed; the index serving stays")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The knowledge folder's watch is opened again (the scan found changes it had not reported: {Missed})")]
    private static partial void LogWatchRearmed(ILogger logger, bool missed);
}
