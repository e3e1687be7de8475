using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace Haltern.Assistant.Search;

/// <summary>Index states: built or opened, swapped in, and retired once no question can hold them any more.</summary>
public sealed partial class LiveKnowledgeIndexProvider
{
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scanning the knowledge folder failed, the index serving stays: {Problem}")]
    private static partial void LogScanFailed(ILogger logger, string problem, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The knowledge folder scans again (it was: {Problem})")]
    private static partial void LogScanRecovered(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge index on disk cannot be opened; building it anew")]
    private static partial void LogIndexOnDiskUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder could not be loaded; no index is served")]
    private static partial void LogFirstLoadFailed(ILogger logger, Exception exception);
}
