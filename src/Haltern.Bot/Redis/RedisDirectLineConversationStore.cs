using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Haltern.Bot.State;
using Haltern.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// The built-in Direct Line's conversations in Redis, so that any instance serves any conversation: one started on A
/// is posted to on B and read on A, and a reply produced on B reaches a WebSocket held by A (each append is published,
/// and every instance wakes its own streams of that conversation). Per conversation a hash (user, client, whether the
/// client used it, the watermark) and a list of its activities, both expiring after the idle timeout (the unused timeout
/// until the client first uses it); a sorted set of open conversations by expiry counts them for
/// <c>DirectLine:MaxConversations</c>, and one per client address (hashed) for <c>MaxConversationsPerClient</c>.
/// </summary>
/// <remarks>
/// Stream slots (<c>MaxStreamsPerConversation</c>) are counted by <see cref="RedisDirectLineStreamSlots"/>.
/// A conversation that expires while a stream is open is noticed by the stream's keep-alive, not by <see cref="IDirectLineConversation.Ended"/>.
/// </remarks>
public sealed class RedisDirectLineConversationStore : IDirectLineConversationStore, IAsyncDisposable
{
    private readonly RedisConnection _redis;
    private readonly DirectLineOptions _options;
    private readonly RedisChannel _channel;
    private readonly RedisKey _open;
    private readonly string _clientPrefix;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile bool _subscribed;

    public RedisDirectLineConversationStore(RedisConnection redis, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _options = options.Value;
        _channel = RedisChannel.Literal(redis.Prefix + "{dl}:activity");
        _open = redis.Key("{dl}:open");
        _clientPrefix = redis.Prefix + "{dl}:client:";
    }

    /// <inheritdoc />
    public int Capacity => _options.MaxConversations;

    /// <inheritdoc />
    public async ValueTask<int> CountAsync(CancellationToken cancellationToken) =>
        (int)await _redis.RunAsync(database => database.ScriptEvaluateAsync(RedisDirectLineScripts.Count, [_open]));

    /// <inheritdoc />
    public async ValueTask<DirectLineStart> StartAsync(string conversationId, string userId, string client, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(client);
        var clientHash = client.Length == 0 ? string.Empty : StoredJson.Hash(client);
        var result = (RedisResult[])(await _redis.RunAsync(database => database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Start,
            [ConversationKey(conversationId), _open, clientHash.Length == 0 ? _open : (RedisKey)(_clientPrefix + clientHash)],
            [conversationId, userId, clientHash, _options.MaxConversations, _options.MaxConversationsPerClient, Milliseconds(_options.UnusedConversationTimeout), Milliseconds(_options.ConversationIdleTimeout)])))!;
        return (int)result[0] switch
        {
            -2 => new DirectLineStart(null, false, StartRefusal.ClientFull),
            -1 => new DirectLineStart(null, false, StartRefusal.StoreFull),
            var started => new DirectLineStart(new View(this, conversationId, (string)result[1]!), started == 1, StartRefusal.None),
        };
    }

    /// <inheritdoc />
    public async ValueTask<IDirectLineConversation?> FindAsync(string conversationId, bool byClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (conversationId.Length == 0)
        {
            return null;
        }

        var user = await _redis.RunAsync(database => database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Find,
            [ConversationKey(conversationId), ActivitiesKey(conversationId), _open],
            [conversationId, byClient ? "1" : "0", Milliseconds(_options.ConversationIdleTimeout), Milliseconds(_options.UnusedConversationTimeout), _clientPrefix]));
        return user.IsNull ? null : new View(this, conversationId, (string)user!);
    }

    /// <inheritdoc />
    public async ValueTask<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var ids = (RedisResult[])(await _redis.RunAsync(database => database.ScriptEvaluateAsync(RedisDirectLineScripts.TakeExpired, [_open])))!;
        foreach (var id in ids)
        {
            var conversationId = (string)id!;
            _ended.Enqueue(conversationId);
            if (_waiters.TryRemove(conversationId, out var waiter))
            {
                waiter.TrySetResult();
            }
        }

        return ids.Length;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> TakeEnded()
    {
        var ids = new List<string>();
        while (_ended.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscribed)
        {
            try
            {
                await _redis.Subscriber.UnsubscribeAsync(_channel);
            }
            catch (Exception exception) when (RedisConnection.Unavailable(exception) is not null || exception is StoreUnavailableException)
            {
                // gone with the connection
            }
        }

        _subscribing.Dispose();
    }

    private RedisKey ConversationKey(string id) => _redis.Key("{dl}:c:" + id);

    private RedisKey ActivitiesKey(string id) => _redis.Key("{dl}:a:" + id);

    private static long Milliseconds(TimeSpan span) => (long)span.TotalMilliseconds;

    // One subscription per instance for every conversation's appends; StackExchange.Redis renews it after a reconnect.
    private async Task SubscribeAsync()
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribing.WaitAsync();
        try
        {
            if (!_subscribed)
            {
                await _redis.RunAsync(_ => _redis.Subscriber.SubscribeAsync(_channel, (_, message) =>
                {
                    if (_waiters.TryRemove((string)message!, out var waiter))
                    {
                        waiter.TrySetResult();
                    }
                }));
                _subscribed = true;
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    /// <summary>A view of one conversation in Redis; cheap, made anew by each find.</summary>
    private sealed class View(RedisDirectLineConversationStore store, string id, string userId) : IDirectLineConversation
    {
        public string Id => id;

        public string UserId => userId;

        public CancellationToken Ended => CancellationToken.None;

        public async ValueTask<long> WatermarkAsync(CancellationToken cancellationToken)
        {
            var value = await store._redis.RunAsync(database => database.HashGetAsync(store.ConversationKey(id), "seq"));
            return value.HasValue ? (long)value : 0;
        }

        public async ValueTask<string> AppendAsync(Activity activity, bool keepId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(activity);
            var keep = keepId && !string.IsNullOrEmpty(activity.Id);
            if (!keep)
            {
                activity.Id = RedisDirectLineScripts.IdPlaceholder;
            }

            var json = DirectLineJson.Serialize(activity);
            var options = store._options;
            var result = await store._redis.RunAsync(database => database.ScriptEvaluateAsync(
                RedisDirectLineScripts.Append,
                [store.ConversationKey(id), store.ActivitiesKey(id)],
                [json, keep ? "1" : "0", id, options.MaxActivitiesPerConversation, options.MaxConversationBytes, store._channel.ToString(), RedisDirectLineScripts.IdPlaceholder]));
            if (result.IsNull)
            {
                throw new InvalidOperationException("The conversation has ended.");
            }

            if (!keep)
            {
                activity.Id = (string)((RedisResult[])result!)[1]!;
            }

            return activity.Id!;
        }

        public async ValueTask<(string Json, long Next)> ReadActivitySetAsync(long watermark, CancellationToken cancellationToken)
        {
            var result = (RedisResult[])(await store._redis.RunAsync(database => database.ScriptEvaluateAsync(
                RedisDirectLineScripts.Read, [store.ConversationKey(id), store.ActivitiesKey(id)])))!;
            var last = long.Parse((string)result[0]!, CultureInfo.InvariantCulture);
            var json = new StringBuilder("{\"activities\":[");
            var first = true;
            foreach (var entry in (RedisResult[])result[1]!)
            {
                var text = (string)entry!;
                var bar = text.IndexOf('|', StringComparison.Ordinal);
                if (long.Parse(text.AsSpan(0, bar), CultureInfo.InvariantCulture) <= watermark)
                {
                    continue;
                }

                json.Append(first ? string.Empty : ",").Append(text, bar + 1, text.Length - bar - 1);
                first = false;
            }

            json.Append("],\"watermark\":\"").Append(last.ToString(CultureInfo.InvariantCulture)).Append("\"}");
            return (json.ToString(), last);
        }

        public async Task WaitForActivityAfterAsync(long watermark, CancellationToken cancellationToken)
        {
            await store.SubscribeAsync();
            // Registered before the watermark is read, so an append between the two still wakes this wait.
            var waiter = store._waiters.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (await WatermarkAsync(cancellationToken) > watermark)
            {
                return;
            }

            await waiter.Task.WaitAsync(cancellationToken);
        }
    }
}
