using System.Diagnostics;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Search;

/// <summary>Bringing the index up to the folder: a scan, then an update in place or a full rebuild.</summary>
public sealed partial class LiveKnowledgeIndexProvider
{
    /// <summary>
    /// Brings the index up to the folder, one reload at a time. Normally an update: the folder's files are listed
    /// with their last write times and lengths, only those that differ from what was read are read again (a file
    /// whose bytes hash the same was only touched), the documents of changed, added and deleted files are
    /// replaced in the serving index's writer and committed, and a new <see cref="KnowledgeIndex"/> over that
    /// commit is swapped in. A full rebuild beside the serving index (everything read, a new index) is the
    /// first load and the fallback when an update fails. Once an index serves, a failed scan or reload leaves
    /// it serving and says why in <see cref="KnowledgeStatus.LastScan"/>; before that, the failure is thrown.
    /// </summary>
    /// <returns>True if another index state serves now (the folder had changed).</returns>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        var folder = _folder.Value;
        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Reload(folder, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private bool Reload(string folder, CancellationToken cancellationToken)
    {
        var first = Volatile.Read(ref _serving) is null;
        IReadOnlyList<KnowledgeFileStamp> stamps;
        try
        {
            stamps = KnowledgeLoader.Scan(folder);
        }
        catch (Exception ex) when (!first && ex is IOException or UnauthorizedAccessException)
        {
            // A folder being replaced, a network volume gone: what serves stays, and readiness says why.
            Scanned(ScanProblem(ex), stale: false, ex);
            return false;
        }

        if (_files is not null && Volatile.Read(ref _serving) is { Writer.IsClosed: false } serving)
        {
            try
            {
                var changed = Update(folder, serving, stamps);
                Scanned(null, stale: false, null);
                return changed;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogUpdateFailed(_logger, ex);
                _files = null;
            }
        }

        try
        {
            Rebuild(folder, stamps);
        }
        catch (Exception ex) when (!first && ex is not OperationCanceledException)
        {
            Scanned($"the changes found could not be indexed ({ex.GetType().Name})", stale: true, ex);
            return false;
        }

        Scanned(null, stale: false, null);
        return true;
    }

    private static string ScanProblem(Exception exception) => exception switch
    {
        DirectoryNotFoundException => "the knowledge folder is missing",
        UnauthorizedAccessException => "the knowledge folder cannot be read (access denied)",
        _ => $"the knowledge folder cannot be read ({exception.GetType().Name})",
    };

    /// <summary>Records how the last scan went; a problem is logged when it is new, not at every scan it lasts.</summary>
    private void Scanned(string? problem, bool stale, Exception? exception)
    {
        var status = Status;
        if (problem is not null && problem != status.LastScan?.Problem)
        {
            LogScanFailed(_logger, problem, exception);
        }
        else if (problem is null && status.LastScan?.Problem is { } solved)
        {
            LogScanRecovered(_logger, solved);
        }

        Volatile.Write(ref _status, status with { LastScan = new KnowledgeScan(_time.GetUtcNow(), problem, stale) });
    }

    /// <summary>Replaces the documents of the files changed since the last reload in the serving index's writer; true if any were.</summary>
    private bool Update(string folder, Serving serving, IReadOnlyList<KnowledgeFileStamp> stamps)
    {
        var watch = Stopwatch.StartNew();
        var files = _files!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<KnowledgeFile>();
        foreach (var stamp in stamps)
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

            return synonymsChanged;
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
        return true;
    }

    /// <summary>Reads the whole folder and builds a new index beside the serving one (or opens the one on disk at start).</summary>
    private void Rebuild(string folder, IReadOnlyList<KnowledgeFileStamp> stamps)
    {
        var watch = Stopwatch.StartNew();
        var files = stamps.Select(stamp => _loader.LoadFile(folder, stamp)).ToArray();
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
}
