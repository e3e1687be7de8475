using System.Diagnostics;
using Haltern.Assistant.Knowledge;
using Lucene.Net.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Haltern.Assistant.Search;

/// <summary>
/// Serves the knowledge index and keeps it current: loads the folder in the background at start (questions that
/// arrive meanwhile wait for it), watches the folder, and on a change builds a new index beside the serving one
/// and swaps it in with one reference assignment, so no question fails or waits for a rebuild. The replaced index
/// stays open a while for questions still running on it. Broken files are skipped (the loader logs them with
/// path, line and reason) and listed in <see cref="Status"/>. With <c>Knowledge:IndexPath</c> the index is kept on
/// disk (see <see cref="LiveIndexStore"/>) and reused at start when the folder has not changed.
/// </summary>
public sealed partial class LiveKnowledgeIndexProvider : IKnowledgeIndexProvider, IKnowledgeStatusSource, IHostedService, IAsyncDisposable
{
    private readonly KnowledgeLoader _loader;
    private readonly LiveKnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveKnowledgeIndexProvider> _logger;
    private readonly ILogger<KnowledgeFolderWatcher> _watcherLogger;
    private readonly Lazy<string?> _folder;
    private readonly LiveIndexStore? _store;
    private readonly ManualResetEventSlim _firstIndex = new(false);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _retiring = [];
    private Serving? _serving;
    private KnowledgeStatus _status = KnowledgeStatus.Loading;
    private KnowledgeFolderWatcher? _watcher;
    private Task _start = Task.CompletedTask;
    private int _disposed;
    private string _missingFolder = "The knowledge folder was not found.";

    public LiveKnowledgeIndexProvider(
        IOptions<KnowledgeOptions> knowledgeOptions,
        IOptions<LiveKnowledgeOptions> liveOptions,
        KnowledgeLoader loader,
        ContentRoot contentRoot,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(knowledgeOptions);
        ArgumentNullException.ThrowIfNull(liveOptions);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _loader = loader;
        _options = liveOptions.Value;
        // The machine's clock, not the injected one: the city's "today" may be a fake in tests, but debouncing
        // and retiring indexes must run in real time.
        _time = TimeProvider.System;
        _logger = loggerFactory.CreateLogger<LiveKnowledgeIndexProvider>();
        _watcherLogger = loggerFactory.CreateLogger<KnowledgeFolderWatcher>();
        var configured = knowledgeOptions.Value.Path;
        _folder = new Lazy<string?>(() =>
        {
            try
            {
                return KnowledgeFolder.Resolve(configured, contentRoot.Path);
            }
            catch (DirectoryNotFoundException ex)
            {
                _missingFolder = ex.Message;
                return null;
            }
        });
        if (!string.IsNullOrWhiteSpace(_options.IndexPath))
        {
            _store = new LiveIndexStore(Path.GetFullPath(_options.IndexPath, contentRoot.Path), _time);
        }
    }

    /// <summary>The index serving now. Before the first index is built, waits for it.</summary>
    public KnowledgeIndex Current
    {
        get
        {
            if (Volatile.Read(ref _serving) is { } serving)
            {
                return serving.Index;
            }

            _firstIndex.Wait();
            return Volatile.Read(ref _serving)!.Index;
        }
    }

    /// <inheritdoc />
    public KnowledgeStatus Status => Volatile.Read(ref _status);

    /// <summary>
    /// Starts loading in the background and watching the folder; returns at once. A knowledge folder that does
    /// not exist stops the start with a message that names it (a mistyped <c>Knowledge:Path</c>).
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_folder.Value is null)
        {
            throw new DirectoryNotFoundException(_missingFolder);
        }

        _start = Task.Run(() => StartInBackgroundAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Waits for the first index (for hosts and tests that must not answer before it).</summary>
    public Task WaitUntilLoadedAsync(CancellationToken cancellationToken) => _start.WaitAsync(cancellationToken);

    private async Task StartInBackgroundAsync(CancellationToken stopping)
    {
        if (_folder.Value is not { } folder)
        {
            LogFolderMissing(_logger);
            Serve(new Serving(KnowledgeIndex.Build(KnowledgeSet.Empty), null, null),
                new KnowledgeStatus(KnowledgeState.Failed, 0, 0, [], _time.GetUtcNow(), "the knowledge folder was not found"));
            return;
        }

        // Watch before loading, so a change made during the first load is not missed.
        if (_options.Watch)
        {
            try
            {
                _watcher = new KnowledgeFolderWatcher(folder,
                    TimeSpan.FromMilliseconds(_options.ReloadDelayMilliseconds),
                    TimeSpan.FromMilliseconds(_options.MaxReloadDelayMilliseconds),
                    ReloadAsync, _time, _watcherLogger);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
            {
                LogWatchFailed(_logger, ex);
            }
        }

        try
        {
            await ReloadAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopped before the first index
        }
        catch (Exception ex)
        {
            LogFirstLoadFailed(_logger, ex);
            Serve(new Serving(KnowledgeIndex.Build(KnowledgeSet.Empty), null, null),
                new KnowledgeStatus(KnowledgeState.Failed, 0, 0, [], _time.GetUtcNow(), "the knowledge folder could not be loaded"));
        }
    }

    /// <summary>
    /// Loads the folder and builds a new index beside the serving one, then swaps it in. One rebuild at a time;
    /// a failed rebuild leaves the serving index as it is.
    /// </summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var folder = _folder.Value ?? throw new DirectoryNotFoundException("The knowledge folder was not found.");
        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var watch = Stopwatch.StartNew();
            var hash = _store is null ? null : await KnowledgeFolderHash.ComputeAsync(folder, cancellationToken).ConfigureAwait(false);
            if (hash is not null && _serving?.Hash == hash)
            {
                return; // touched, not changed
            }

            var knowledge = await Task.Run(() => _loader.Load(folder), cancellationToken).ConfigureAwait(false);
            var loaded = watch.Elapsed;
            var serving = await Task.Run(() => Build(knowledge, hash), cancellationToken).ConfigureAwait(false);
            Serve(serving, new KnowledgeStatus(KnowledgeState.Ready, knowledge.Articles.Count, knowledge.Services.Count, knowledge.Skipped, _time.GetUtcNow(), null)
            {
                Generation = Status.Generation + 1,
                FromDisk = serving.Reused,
            });
            LogIndexServing(_logger, knowledge.Articles.Count, knowledge.Services.Count, knowledge.Skipped.Count,
                (long)loaded.TotalMilliseconds, (long)(watch.Elapsed - loaded).TotalMilliseconds, serving.Reused);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private Serving Build(KnowledgeSet knowledge, string? hash)
    {
        if (_store is null || hash is null)
        {
            return new Serving(KnowledgeIndex.Build(knowledge), null, null);
        }

        if (_serving is null && _store.TryOpen(hash) is { } existing)
        {
            return new Serving(KnowledgeIndex.Open(knowledge, existing), existing, hash) { Generation = _store.CurrentGeneration, Reused = true };
        }

        var (generation, directory) = _store.CreateGeneration();
        try
        {
            var index = KnowledgeIndex.Build(knowledge, directory);
            _store.Commit(generation, hash);
            return new Serving(index, directory, hash) { Generation = generation };
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private void Serve(Serving next, KnowledgeStatus status)
    {
        var previous = Interlocked.Exchange(ref _serving, next);
        Volatile.Write(ref _status, status);
        _firstIndex.Set();
        if (previous is not null)
        {
            Retire(previous);
        }

        _store?.RemoveOtherGenerations(next.Generation, previous?.Generation);
    }

    /// <summary>Closes a replaced index once the questions that may still hold it are done.</summary>
    private void Retire(Serving previous)
    {
        var retire = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(_options.RetireAfterMilliseconds), _time, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // closing down: close now
            }

            previous.Dispose();
            if (previous.Generation is { } generation && _store is not null && _serving?.Generation != generation)
            {
                _store.RemoveOtherGenerations(_serving?.Generation);
            }
        });
        lock (_retiring)
        {
            _retiring.RemoveAll(t => t.IsCompleted);
            _retiring.Add(retire);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _disposed) == 1 ? Task.CompletedTask : StopCoreAsync(cancellationToken);

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
        {
            await watcher.DisposeAsync().ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _start.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // host shutdown timed out
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        await StopCoreAsync(CancellationToken.None).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Task[] retiring;
        lock (_retiring)
        {
            retiring = [.. _retiring];
        }

        await Task.WhenAll(retiring).ConfigureAwait(false);

        // The serving index is closed; the synchronisation objects are left to the GC on purpose: a host may
        // call StopAsync after disposing, and a late question may still wait for the first index.
        Interlocked.Exchange(ref _serving, null)?.Dispose();
    }

    /// <summary>An index serving, with the directory it lives in when on disk.</summary>
    private sealed record Serving(KnowledgeIndex Index, LuceneDirectory? Directory, string? Hash) : IDisposable
    {
        public string? Generation { get; init; }

        public bool Reused { get; init; }

        public void Dispose()
        {
            Index.Dispose();
            Directory?.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index serving {Articles} articles and {Services} services ({Skipped} files skipped); loaded in {LoadMs} ms, index {IndexMs} ms, reused from disk: {Reused}")]
    private static partial void LogIndexServing(ILogger logger, int articles, int services, int skipped, long loadMs, long indexMs, bool reused);

    [LoggerMessage(Level = LogLevel.Error, Message = "No knowledge folder found: set Knowledge:Path; serving an empty index")]
    private static partial void LogFolderMissing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder could not be loaded; serving an empty index")]
    private static partial void LogFirstLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge folder cannot be watched; changes need a restart")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
