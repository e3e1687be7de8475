using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;

namespace Haltern.DirectLine;

/// <summary>
/// One Direct Line conversation: its activities in order (the newest <c>MaxActivitiesPerConversation</c>, as JSON
/// snapshots), the watermark (the sequence number of the last activity), and a signal for WebSocket streams.
/// </summary>
public sealed class DirectLineConversation : IDirectLineConversation, IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<(long Sequence, string Json)> _activities = new();
    private readonly int _maxActivities;
    private readonly int _maxBytes;
    private readonly CancellationTokenSource _ended = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSequence;
    private long _bytes;
    private long _lastUsedTicks;
    private bool _inUse;

    internal DirectLineConversation(string id, string userId, int maxActivities, int maxBytes, DateTimeOffset now, string client = "")
    {
        Id = id;
        UserId = userId;
        Client = client;
        _maxActivities = maxActivities;
        _maxBytes = maxBytes;
        _lastUsedTicks = now.UtcTicks;
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>The citizen's id in this conversation (from the token, or made up at start).</summary>
    public string UserId { get; }

    /// <summary>Cancelled when the conversation expires: open streams close.</summary>
    public CancellationToken Ended => _ended.Token;

    internal DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>The client (network address) that started it, for the per-client cap; in memory only.</summary>
    internal string Client { get; }

    /// <summary>True once the client called on it after starting it (a stream is opened by such a call): a conversation somebody uses.</summary>
    internal bool InUse => Volatile.Read(ref _inUse);

    internal void MarkInUse() => Volatile.Write(ref _inUse, true);

    internal void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>The watermark after the last activity.</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>
    /// Appends an activity and returns its id (<c>{conversationId}|{sequence}</c>). An update keeps the id it
    /// carries, so a client replaces the earlier version; anything else gets a new id.
    /// </summary>
    public string Append(Activity activity, bool keepId = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        string id;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            if (!keepId || string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            }

            id = activity.Id;
            var json = DirectLineJson.Serialize(activity);
            _activities.Enqueue((sequence, json));
            _bytes += json.Length * sizeof(char);

            // Bounded by count and by size; the newest activity is always kept.
            while (_activities.Count > 1 && (_activities.Count > _maxActivities || _bytes > _maxBytes))
            {
                _bytes -= _activities.Dequeue().Json.Length * sizeof(char);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return id;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> as an ActivitySet JSON document; <paramref name="next"/>
    /// is the watermark it carries.
    /// </summary>
    public string ReadActivitySet(long watermark, out long next)
    {
        var json = new StringBuilder("{\"activities\":[");
        long last;
        lock (_gate)
        {
            var first = true;
            foreach (var (sequence, activity) in _activities)
            {
                if (sequence <= watermark)
                {
                    continue;
                }

                if (!first)
                {
                    json.Append(',');
                }

                json.Append(activity);
                first = false;
            }

            last = _lastSequence;
        }

        json.Append("],\"watermark\":\"").Append(last.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        next = last;
        return json.ToString();
    }

    /// <summary>Completes when there is an activity after <paramref name="watermark"/>.</summary>
    public Task WaitForActivityAfterAsync(long watermark, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_lastSequence > watermark)
            {
                return Task.CompletedTask;
            }

            changed = _changed.Task;
        }

        return changed.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<long> WatermarkAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Watermark);

    /// <inheritdoc />
    public ValueTask<string> AppendAsync(Activity activity, bool keepId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Append(activity, keepId));

    /// <inheritdoc />
    public ValueTask<(string Json, long Next)> ReadActivitySetAsync(long watermark, CancellationToken cancellationToken)
    {
        var json = ReadActivitySet(watermark, out var next);
        return ValueTask.FromResult((json, next));
    }

    /// <summary>Ends the conversation: streams close, activities are dropped.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _activities.Clear();
            _bytes = 0;
        }

        // Not disposed: open streams may still read Ended; a CancellationTokenSource without a timer holds nothing.
        _ended.Cancel();
    }
}
