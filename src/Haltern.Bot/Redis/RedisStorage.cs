using System.Globalization;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// The SDK's <see cref="IStorage"/> on Redis, shared by every instance: conversation state (and whatever else the
/// bot keeps through <see cref="IStorage"/>) follows a citizen from one instance to the next. Each value is one
/// string key (<c>{prefix}state:{SHA-256 of the key}</c>) holding its ETag and its JSON snapshot; every read and
/// write starts its <see cref="ConversationStoreOptions.TimeToLive"/> again, so Redis forgets a conversation as the
/// in-memory store does. Optimistic concurrency by <see cref="IStoreItem.ETag"/>, as the SDK's stores do it: a write
/// that carries an ETag other than <c>*</c> fails when the stored value has another one; the check and the write are
/// one script, so two instances cannot both win.
/// </summary>
/// <remarks>
/// Keys are read and written one command each (not one multi-key command), so the store works on a Redis cluster,
/// where the keys of one call may lie on different nodes.
/// </remarks>
public sealed class RedisStorage : IStorage
{
    // KEYS[1] the key; ARGV[1] the ETag the writer read ('' or '*': none), ARGV[2] the new value, ARGV[3] time to live (ms).
    private const string WriteIfUnchanged = """
        local expected = ARGV[1]
        if expected ~= '' and expected ~= '*' then
          local current = redis.call('GET', KEYS[1])
          if current then
            local stored = string.match(current, '^([^\n]*)\n')
            if stored ~= expected then return 0 end
          end
        end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
        """;

    private readonly RedisConnection _redis;
    private readonly TimeSpan _timeToLive;
    private readonly string _timeToLiveMilliseconds;

    public RedisStorage(RedisConnection redis, IOptions<ConversationStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _timeToLive = options.Value.TimeToLive;
        _timeToLiveMilliseconds = ((long)_timeToLive.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var values = await _redis.RunAsync(database =>
            Task.WhenAll(keys.Select(key => key is null
                ? Task.FromResult(RedisValue.Null)
                : database.StringGetSetExpiryAsync(Key(key), _timeToLive))));

        var result = new Dictionary<string, object>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i].HasValue && Json(values[i]!) is { } json)
            {
                result[keys[i]] = JObject.Parse(json);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = new List<(string Key, IStoreItem? Item, string? ETag, Task<bool> Done)>(changes.Count);
        await _redis.RunAsync(async database =>
        {
            foreach (var (key, value) in changes)
            {
                ArgumentNullException.ThrowIfNull(key);
                var item = value as IStoreItem;
                var eTag = item is null ? null : Guid.NewGuid().ToString("N");
                var stored = (eTag ?? string.Empty) + "\n" + StoredJson.Text(StoredJson.Snapshot(value), eTag);
                var expected = item?.ETag;
                var done = string.IsNullOrEmpty(expected) || expected == "*"
                    ? database.StringSetAsync(Key(key), stored, _timeToLive)
                    : Written(database.ScriptEvaluateAsync(WriteIfUnchanged, [Key(key)], [expected, stored, _timeToLiveMilliseconds]));
                writes.Add((key, item, eTag, done));
            }

            await Task.WhenAll(writes.Select(w => w.Done));
        });

        foreach (var (key, item, eTag, done) in writes)
        {
            if (!done.Result)
            {
                throw new InvalidOperationException($"ETag conflict for key {key}.");
            }

            if (item is not null)
            {
                item.ETag = eTag;
            }
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _redis.RunAsync(database => Task.WhenAll(keys.Where(k => k is not null).Select(k => database.KeyDeleteAsync(Key(k)))));
    }

    private RedisKey Key(string key) => _redis.Key("state:" + StoredJson.Hash(key));

    private static async Task<bool> Written(Task<RedisResult> script) => (int)await script == 1;

    private static string? Json(string stored)
    {
        var newline = stored.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? null : stored[(newline + 1)..];
    }
}
