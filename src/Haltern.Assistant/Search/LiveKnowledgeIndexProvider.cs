using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant.Search;

/// <summary>
/// Serves the knowledge index and brings it up to the folder when asked: loads the folder in the background at
/// start (questions that arrive meanwhile wait for it), and on <see cref="ReloadAsync"/> re-reads only the files
/// that changed and replaces their documents in the index's one writer. Each state is a <see cref="KnowledgeIndex"/>
/// of its own, swapped in with one reference assignment, so no question fails, waits or sees half an update; the
/// replaced one stays open a while for questions still running on it. Broken files are skipped (the loader logs
/// them with path, line and reason) and listed in <see cref="Status"/>, and so is a scan that failed. With
/// <c>Knowledge:IndexPath</c> the index is kept on disk (see <see cref="LiveIndexStore"/>) and reused at start when
/// the folder has not changed. What asks for reloads (a folder watcher, a timer) is the host's business.
/// </summary>
public sealed partial class LiveKnowledgeIndexProvider : IKnowledgeIndexProvider, IKnowledgeStatusSource, IAsyncDisposable
{
    private readonly KnowledgeLoader _loader;
    private readonly LiveKnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveKnowledgeIndexProvider> _logger;
    private readonly Lazy<string> _folder;
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
        // The machine's clock, not the injected one: the city's "today" may be a fake in tests, but retiring
        // indexes and the times in the status must run in real time.
        _time = TimeProvider.System;
        _logger = loggerFactory.CreateLogger<LiveKnowledgeIndexProvider>();
        var configured = knowledgeOptions.Value.Path;
        _folder = new Lazy<string>(() => KnowledgeFolder.Resolve(configured, contentRoot.Path));
        if (!string.IsNullOrWhiteSpace(_options.IndexPath))
        {
            _store = new LiveIndexStore(Path.GetFullPath(_options.IndexPath, contentRoot.Path), _time);
        }
    }

    /// <summary>The knowledge folder <c>Knowledge:Path</c> names, as a full path.</summary>
    /// <exception cref="DirectoryNotFoundException">It does not exist: the message names it and what to set.</exception>
    public string Folder
    {
        get
        {
            var folder = _folder.Value;
            return System.IO.Directory.Exists(folder)
                ? folder
                : throw new DirectoryNotFoundException($"The knowledge folder '{folder}' does not exist: set Knowledge:Path (e.g. --Knowledge:Path=/path/to/knowledge).");
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

            // Asked before the host started the provider (another hosted service warming up, a test): start here.
            EnsureStarted();
            _firstIndex.Wait();
            return Volatile.Read(ref _serving)?.Index
                ?? throw new InvalidOperationException($"The knowledge could not be loaded: {_firstLoadError?.Message}", _firstLoadError);
        }
    }

    /// <inheritdoc />
    public KnowledgeStatus Status => Volatile.Read(ref _status);

    /// <summary>Starts loading in the background (unless a question started it already); returns at once.</summary>
    /// <exception cref="DirectoryNotFoundException">The knowledge folder does not exist (a mistyped <c>Knowledge:Path</c>); the message names it.</exception>
    public void Start()
    {
        _ = Folder;
        EnsureStarted();
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
        try
        {
            _ = Folder;
        }
        catch (DirectoryNotFoundException ex)
        {
            FailFirstLoad(ex, "the knowledge folder was not found");
            return;
        }

        // The compound dictionary (which the index is written with) is read while the files are, on another
        // thread. The thesaurus, for questions only, is read once the first index serves, so that it does not
        // take a core from the index build on a small machine (a question before then searches without it).
        _ = Task.Run(() => CompoundParts.Dictionary.Count, CancellationToken.None);

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

    /// <summary>Stops a first load still running (the serving index stays until <see cref="DisposeAsync"/>).</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _disposed) == 1 ? Task.CompletedTask : StopCoreAsync(cancellationToken);

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
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
}
