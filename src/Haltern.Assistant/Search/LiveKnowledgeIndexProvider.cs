using System.Diagnostics;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant.Search;

/// <summary>
/// Serves the knowledge index and keeps it current: loads the folder in the background at start (questions that
/// arrive meanwhile wait for it), watches the folder, and on a change re-reads only the files that changed and
/// replaces their documents in the index's one writer (see <see cref="ReloadAsync"/>). Each state is a
/// <see cref="KnowledgeIndex"/> of its own, swapped in with one reference assignment, so no question fails, waits
/// or sees half an update; the replaced one stays open a while for questions still running on it. Broken files are
/// skipped (the loader logs them with path, line and reason) and listed in <see cref="Status"/>. With
/// <c>Knowledge:IndexPath</c> the index is kept on disk (see <see cref="LiveIndexStore"/>) and reused at start
/// when the folder has not changed.
/// </summary>
public sealed partial class LiveKnowledgeIndexProvider : IKnowledgeIndexProvider, IKnowledgeStatusSource, IHostedService, IAsyncDisposable
{
    private readonly KnowledgeLoader _loader;
    private readonly LiveKnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveKnowledgeIndexProvider> _logger;
    private readonly ILogger<KnowledgeFolderWatcher> _watcherLogger;
    private readonly Func<string> _resolveFolder;
    private string? _folder;
    private Exception? _firstLoadError;
    private readonly LiveIndexStore? _store;
    private readonly ManualResetEventSlim _firstIndex = new(false);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _retiring = [];
    private Serving? _serving;
    private Dictionary<string, KnowledgeFile>? _files; // what the serving index was read from; only touched by the one reload running
    private (DateTime Written, long Length)? _synonymsStamp; // the staff synonyms file the serving index has; as _files
    private (SynonymFile Synonyms, IReadOnlyList<SkippedFile> Skipped) _synonyms = (SynonymFile.Empty, []);
    private KnowledgeStatus _status = KnowledgeStatus.Loading;
    private KnowledgeFolderWatcher? _watcher;
    private Task _start = Task.CompletedTask;
    private bool _started;
    private int _disposed;

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
        _resolveFolder = () => KnowledgeFolder.Resolve(configured, contentRoot.Path);
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

            // Asked before the host started this service (another hosted service warming up, a test): start here.
            EnsureStarted();
            _firstIndex.Wait();
            return Volatile.Read(ref _serving)?.Index
                ?? throw new InvalidOperationException($"The knowledge could not be loaded: {_firstLoadError?.Message}", _firstLoadError);
        }
    }

    /// <inheritdoc />
    public KnowledgeStatus Status => Volatile.Read(ref _status);

    /// <summary>Starts loading in the background and watching the folder (unless a question started it already); returns at once.</summary>
    /// <remarks>A knowledge folder that does not exist stops the start with a message that names it (a mistyped <c>Knowledge:Path</c>).</remarks>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = _resolveFolder();
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The knowledge folder '{folder}' does not exist: set Knowledge:Path (e.g. --Knowledge:Path=/path/to/knowledge).");
        }

        EnsureStarted();
        return Task.CompletedTask;
    }

    /// <summary>Waits for the first index (for hosts and tests that must not answer before it).</summary>
    public Task WaitUntilLoadedAsync(CancellationToken cancellationToken)
    {
        EnsureStarted();
        return Volatile.Read(ref _start).WaitAsync(cancellationToken);
    }

    private void EnsureStarted()
    {
        lock (_retiring)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            Volatile.Write(ref _start, Task.Run(() => StartInBackgroundAsync(_stopping.Token), CancellationToken.None));
        }
    }

    private async Task StartInBackgroundAsync(CancellationToken stopping)
    {
        string folder;
        try
        {
            folder = _resolveFolder();
            if (!System.IO.Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The knowledge folder '{folder}' does not exist: set Knowledge:Path (e.g. --Knowledge:Path=/path/to/knowledge).");
            }
        }
        catch (DirectoryNotFoundException ex)
        {
            FailFirstLoad(ex, "the knowledge folder was not found");
            return;
        }

        _folder = folder;

        // The compound dictionary (which the index is written with) is read while the files are, on another
        // thread. The thesaurus, for questions only, is read once the first index serves, so that it does not
        // take a core from the index build on a small machine (a question before then searches without it).
        _ = Task.Run(() => CompoundParts.Dictionary.Count, CancellationToken.None);

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
            _ = Thesaurus.Preload();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopped before the first index
        }
        catch (Exception ex)
        {
            FailFirstLoad(ex, "the knowledge folder could not be loaded");
        }
    }

    /// <summary>
    /// No first index: the status says so, and <see cref="Current"/> throws with the reason, so a host that warms
    /// the index up at start stops with a message that names the folder instead of serving nothing.
    /// </summary>
    private void FailFirstLoad(Exception exception, string problem)
    {
        LogFirstLoadFailed(_logger, exception);
        _firstLoadError = exception;
        Volatile.Write(ref _status, new KnowledgeStatus(KnowledgeState.Failed, 0, 0, [], _time.GetUtcNow(), problem));
        _firstIndex.Set();
    }

    /// <summary>
    /// Brings the index up to the folder, one reload at a time. Normally an update: the folder's files are listed
    /// with their last write times and lengths, only those that differ from what was read are read again (a file
    /// whose bytes hash the same was only touched), the documents of changed, added and deleted files are
    /// replaced in the serving index's writer and committed, and a new <see cref="KnowledgeIndex"/> over that
    /// commit is swapped in. A full rebuild beside the serving index (everything read, a new index) is the
    /// first load and the fallback when an update fails. A failed reload leaves the serving index as it is.
    /// </summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var folder = _folder ?? throw new InvalidOperationException("The knowledge folder is not known yet: the provider has not started.");
        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_files is not null && Volatile.Read(ref _serving) is { Writer.IsClosed: false } serving)
            {
                try
                {
                    await Task.Run(() => Update(folder, serving), cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogUpdateFailed(_logger, ex);
                    _files = null;
                }
            }

            await Task.Run(() => Rebuild(folder), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Replaces the documents of the files changed since the last reload in the serving index's writer.</summary>
    private void Update(string folder, Serving serving)
    {
        var watch = Stopwatch.StartNew();
        var files = _files!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<KnowledgeFile>();
        foreach (var stamp in KnowledgeLoader.Scan(folder))
        {
            seen.Add(stamp.Id);
            if (files.TryGetValue(stamp.Id, out var known) && known.Stamp == stamp)
            {
                continue;
            }

            var file = _loader.LoadFile(folder, stamp);
            if (known is not null && known.Hash == file.Hash && known.Skipped == file.Skipped)
            {
                files[stamp.Id] = known with { Stamp = stamp }; // touched, not changed
                continue;
            }

            changed.Add(file);
        }

        var deleted = files.Keys.Where(id => !seen.Contains(id)).ToArray();
        var synonymsChanged = ReadSynonymsIfChanged(folder);
        if (changed.Count == 0 && deleted.Length == 0)
        {
            if (synonymsChanged)
            {
                var same = serving.Index.Knowledge;
                Serve(new Serving(serving.Writer.Snapshot(same, _synonyms.Synonyms), serving.Writer, serving.Hash) { Generation = serving.Generation, Reused = serving.Reused }, Ready(same, serving));
                LogSynonymsUpdated(_logger);
            }

            return;
        }

        foreach (var id in deleted)
        {
            files.Remove(id);
        }

        foreach (var file in changed)
        {
            files[file.Id] = file;
        }

        var knowledge = KnowledgeSet.From(files.Values);
        var hash = _store is null ? null : IndexHash(files.Values);
        serving.Writer.Update(
            changed.Select(f => f.Id).Concat(deleted),
            changed.Select(f => f.Article).OfType<Article>(),
            changed.Select(f => f.Service).OfType<Service>(),
            hash);
        var next = new Serving(serving.Writer.Snapshot(knowledge, _synonyms.Synonyms), serving.Writer, hash) { Generation = serving.Generation, Reused = serving.Reused };
        Serve(next, Ready(knowledge, next));
        LogIndexUpdated(_logger, changed.Count, deleted.Length, knowledge.Articles.Count, knowledge.Services.Count, knowledge.Skipped.Count, (long)watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Reads the whole folder and builds a new index beside the serving one (or opens the one on disk at start).</summary>
    private void Rebuild(string folder)
    {
        var watch = Stopwatch.StartNew();
        var files = _loader.LoadFiles(folder);
        var knowledge = KnowledgeSet.From(files);
        var hash = _store is null ? null : IndexHash(files);
        _synonymsStamp = StaffSynonyms.Stamp(folder);
        _synonyms = StaffSynonyms.Load(folder, _logger);
        var loaded = watch.Elapsed;
        var serving = Build(knowledge, hash);
        _files = files.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Serve(serving, Ready(knowledge, serving));
        LogIndexServing(_logger, knowledge.Articles.Count, knowledge.Services.Count, knowledge.Skipped.Count,
            (long)loaded.TotalMilliseconds, (long)(watch.Elapsed - loaded).TotalMilliseconds, serving.Reused);
    }

    /// <summary>
    /// What an index on disk must have been built for to be reused: the folder's files, and the way the index
    /// analyses them (<see cref="GermanTextAnalyzer.IndexVersion"/> and the size of the compound dictionary), so an
    /// index written before a change of the analysis or of the shipped thesaurus is built anew.
    /// </summary>
    private static string IndexHash(IEnumerable<KnowledgeFile> files) =>
        $"{KnowledgeFolderHash.Of(files)}/{GermanTextAnalyzer.IndexVersion}/{CompoundParts.Dictionary.Count}";

    /// <summary>Re-reads the staff synonyms if their file changed since the serving index was made; true if it did.</summary>
    private bool ReadSynonymsIfChanged(string folder)
    {
        var stamp = StaffSynonyms.Stamp(folder);
        if (stamp == _synonymsStamp)
        {
            return false;
        }

        _synonymsStamp = stamp;
        _synonyms = StaffSynonyms.Load(folder, _logger);
        return true;
    }

    private KnowledgeStatus Ready(KnowledgeSet knowledge, Serving serving) =>
        new(KnowledgeState.Ready, knowledge.Articles.Count, knowledge.Services.Count, [.. knowledge.Skipped, .. _synonyms.Skipped], _time.GetUtcNow(), null)
        {
            Generation = Status.Generation + 1,
            FromDisk = serving.Reused,
            SkippedEntries = knowledge.SkippedEntries,
        };

    private Serving Build(KnowledgeSet knowledge, string? hash)
    {
        if (_store is null || hash is null)
        {
            return Serving.Of(KnowledgeIndexWriter.Create(new RAMDirectory(), knowledge, null), knowledge, null, _synonyms.Synonyms);
        }

        if (_serving is null && _store.TryOpen(hash) is { } existing)
        {
            try
            {
                return Serving.Of(KnowledgeIndexWriter.Open(existing), knowledge, hash, _synonyms.Synonyms) with { Generation = _store.CurrentGeneration, Reused = true };
            }
            catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                existing.Dispose();
                LogIndexOnDiskUnreadable(_logger, ex);
            }
        }

        var (generation, directory) = _store.CreateGeneration();
        KnowledgeIndexWriter writer;
        try
        {
            writer = KnowledgeIndexWriter.Create(directory, knowledge, hash);
        }
        catch
        {
            directory.Dispose();
            throw;
        }

        _store.Commit(generation, hash);
        return Serving.Of(writer, knowledge, hash, _synonyms.Synonyms) with { Generation = generation };
    }

    private void Serve(Serving next, KnowledgeStatus status)
    {
        var previous = Interlocked.Exchange(ref _serving, next);
        if (previous is not null && previous.Writer != next.Writer)
        {
            previous.Writer.Release(); // the provider's hold; closed once the replaced index is retired
        }

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
            if (previous.Writer.IsClosed && previous.Generation is { } generation && _store is not null && _serving?.Generation != generation)
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
            await Volatile.Read(ref _start).WaitAsync(cancellationToken).ConfigureAwait(false);
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
        if (Interlocked.Exchange(ref _serving, null) is { } serving)
        {
            serving.Dispose();
            serving.Writer.Release();
        }
    }

    /// <summary>
    /// An index serving, with the writer it was made from (shared by the indexes that updates make from it; the
    /// provider holds the writer of the serving index until a rebuild replaces it) and, on disk, its generation.
    /// </summary>
    private sealed record Serving(KnowledgeIndex Index, KnowledgeIndexWriter Writer, string? Hash) : IDisposable
    {
        public string? Generation { get; init; }

        public bool Reused { get; init; }

        public static Serving Of(KnowledgeIndexWriter writer, KnowledgeSet knowledge, string? hash, SynonymFile synonyms)
        {
            try
            {
                return new Serving(writer.Snapshot(knowledge, synonyms), writer, hash);
            }
            catch
            {
                writer.Release();
                throw;
            }
        }

        public void Dispose() => Index.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index serving {Articles} articles and {Services} services ({Skipped} files skipped); loaded in {LoadMs} ms, index {IndexMs} ms, reused from disk: {Reused}")]
    private static partial void LogIndexServing(ILogger logger, int articles, int services, int skipped, long loadMs, long indexMs, bool reused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index updated: {Changed} files changed or added, {Deleted} deleted; serving {Articles} articles and {Services} services ({Skipped} files skipped) after {UpdateMs} ms")]
    private static partial void LogIndexUpdated(ILogger logger, int changed, int deleted, int articles, int services, int skipped, long updateMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff synonyms reloaded; the knowledge files are unchanged")]
    private static partial void LogSynonymsUpdated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updating the knowledge index failed; rebuilding it from the whole folder")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge index on disk cannot be opened; building it anew")]
    private static partial void LogIndexOnDiskUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder could not be loaded; no index is served")]
    private static partial void LogFirstLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge folder cannot be watched; changes need a restart")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
