using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff;

/// <summary>
/// The question log as JSON-lines files, one per UTC day (<c>questions-2026-11-29.jsonl</c>) in
/// <see cref="StaffOptions.DataPath"/>: plain files survive a restart, need no database, and a whole day is
/// deleted when it leaves the retention period. A line cut by a crash is skipped when read.
/// </summary>
public sealed class JsonLinesQuestionLog : IQuestionLog, IAsyncDisposable
{
    private const string Prefix = "questions-";
    private const string Extension = ".jsonl";

    /// <summary>Lines waiting for the disk beyond which new ones are left out (a few seconds of a busy bot).</summary>
    internal const int MaxPending = 10_000;

    /// <summary>How long lines gather before the writer appends them.</summary>
    internal static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(200);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How a line is written; the Redis log writes the same.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // Umlauts stay readable in the file; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // The line's shape generated at compile time: made by reflection, it was 18 ms of the first answer after
        // a start (the log records every answer, and that one waited for it).
        TypeInfoResolver = QuestionLogJsonContext.Default,
    };

    private readonly string _folder;
    private readonly int _retentionDays;
    private readonly TimeProvider _time;
    private readonly ILogger<JsonLinesQuestionLog> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _pendingLock = new();
    private List<(string File, string Line)> _pending = [];
    private TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _writing;
    private int _dropped;

    public JsonLinesQuestionLog(IOptions<StaffOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<JsonLinesQuestionLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _folder = Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath);
        _retentionDays = options.Value.RetentionDays;
        _time = time;
        _logger = logger;
    }

    /// <summary>The folder the day files are written to.</summary>
    public string Folder => _folder;

    public Task RecordAsync(QuestionEvent question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var line = JsonSerializer.Serialize(question with { Time = question.Time.ToUniversalTime() }, JsonOptions) + "\n";
        var file = DayFile(DateOnly.FromDateTime(question.Time.UtcDateTime));

        // The citizen's reply does not wait for the disk: lines are queued and written in batches by one writer
        // (one append per day file and batch, not one file open per turn). Reading and pruning wait for the queue.
        var startWriter = false;
        lock (_pendingLock)
        {
            if (_pending.Count >= MaxPending)
            {
                _dropped++;
                return Task.CompletedTask; // the disk cannot keep up; statistics lose a line, the citizen loses nothing
            }

            _pending.Add((file, line));
            if (!_writing)
            {
                _writing = true;
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                startWriter = true;
            }
        }

        if (startWriter)
        {
            _ = Task.Run(WritePendingAsync, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes when every line recorded before the call is in its file (or failed to get there).</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_pendingLock)
        {
            return _writing ? _drained.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
        }
    }

    /// <summary>On shutdown the queued lines are written before the process ends.</summary>
    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);

    private async Task WritePendingAsync()
    {
        while (true)
        {
            // Lines gather for a moment before each batch: a busy bot then appends a few times a second instead of
            // after nearly every answer (each append opens the file and wakes every watcher of the folder).
            await Task.Delay(Gather).ConfigureAwait(false);
            List<(string File, string Line)> batch;
            int dropped;
            TaskCompletionSource drained;
            lock (_pendingLock)
            {
                dropped = _dropped;
                _dropped = 0;
                drained = _drained;
                if (_pending.Count == 0)
                {
                    _writing = false;
                }

                batch = _pending;
                _pending = [];
            }

            if (dropped > 0)
            {
                _logger.LogWarning("The question log fell behind and left out {Count} questions", dropped);
            }

            if (batch.Count == 0)
            {
                drained.SetResult();
                return;
            }

            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                Directory.CreateDirectory(_folder);
                foreach (var day in batch.GroupBy(p => p.File, StringComparer.Ordinal))
                {
                    await File.AppendAllTextAsync(day.Key, string.Concat(day.Select(p => p.Line)), Utf8).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Could not write {Count} questions to the question log", batch.Count);
            }
            catch (Exception ex)
            {
                // The one writer must not die with lines still queued: readers would wait for it forever.
                _logger.LogError(ex, "The question log failed to write {Count} questions", batch.Count);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public async Task<IReadOnlyList<QuestionEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        var oldestKept = OldestKept();
        if (since < oldestKept)
        {
            since = oldestKept;
        }

        var firstDay = DateOnly.FromDateTime(since.UtcDateTime);
        var result = new List<QuestionEvent>();
        foreach (var (day, file) in DayFiles().Where(d => d.Day >= firstDay).OrderBy(d => d.Day))
        {
            string[] lines;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                lines = await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue; // pruned meanwhile
            }
            finally
            {
                _gate.Release();
            }

            var skipped = 0;
            foreach (var line in lines)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                QuestionEvent? question;
                try
                {
                    question = JsonSerializer.Deserialize<QuestionEvent>(line, JsonOptions);
                }
                catch (JsonException)
                {
                    question = null;
                }

                if (question is null)
                {
                    skipped++;
                }
                else if (question.Time >= since)
                {
                    result.Add(question);
                }
            }

            if (skipped > 0)
            {
                _logger.LogWarning("Skipped {Count} unreadable lines in the question log of {Day}", skipped, day);
            }
        }

        result.Sort((a, b) => a.Time.CompareTo(b.Time));
        return result;
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        // Day files whose questions are all older than the retention period are deleted; the day file that
        // straddles the limit is rewritten without its older lines.
        var oldestKept = OldestKept();
        var boundaryDay = DateOnly.FromDateTime(oldestKept.UtcDateTime);
        var deleted = 0;
        await FlushAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var (day, file) in DayFiles().Where(d => d.Day <= boundaryDay).ToList())
            {
                if (day < boundaryDay)
                {
                    File.Delete(file);
                    deleted++;
                    continue;
                }

                var lines = await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken);
                var kept = lines.Where(line => IsKept(line, oldestKept)).ToList();
                if (kept.Count < lines.Length)
                {
                    var temporary = file + ".tmp";
                    await File.WriteAllLinesAsync(temporary, kept, Utf8, cancellationToken);
                    File.Move(temporary, file, overwrite: true);
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        if (deleted > 0)
        {
            _logger.LogInformation("Deleted {Count} day files of the question log older than {Days} days", deleted, _retentionDays);
        }

        return deleted;
    }

    private static bool IsKept(string line, DateTimeOffset oldestKept)
    {
        try
        {
            return JsonSerializer.Deserialize<QuestionEvent>(line, JsonOptions) is { } question && question.Time >= oldestKept;
        }
        catch (JsonException)
        {
            return false; // an unreadable line is not worth keeping
        }
    }

    private DateTimeOffset OldestKept() => _time.GetUtcNow().AddDays(-_retentionDays);

    private string DayFile(DateOnly day) =>
        Path.Combine(_folder, Prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Extension);

    private IEnumerable<(DateOnly Day, string File)> DayFiles()
    {
        if (!Directory.Exists(_folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(_folder, Prefix + "*" + Extension))
        {
            var name = Path.GetFileNameWithoutExtension(file)[Prefix.Length..];
            if (DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return (day, file);
            }
        }
    }
}

/// <summary>The question log's line, serialized by code generated at compile time.</summary>
[JsonSerializable(typeof(QuestionEvent))]
internal sealed partial class QuestionLogJsonContext : JsonSerializerContext;
