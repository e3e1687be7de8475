using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.State;

/// <summary>
/// An in-memory <see cref="IStorage"/> that forgets: an entry not read or written for
/// <see cref="ConversationStoreOptions.TimeToLive"/> is gone, and beyond <see cref="ConversationStoreOptions.MaxEntries"/>
/// entries the least recently used is dropped, so a flood of new conversations cannot grow memory without end.
/// Values are kept as compact JSON text (snapshots, like the SDK's <see cref="MemoryStorage"/>, but a few hundred bytes
/// each instead of a token tree), so a caller's later changes to an object do not leak into the store; optimistic
/// concurrency through <see cref="IStoreItem.ETag"/> works as there.
/// </summary>
public sealed class ExpiringMemoryStorage : IStorage
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byLastUse = new(); // first: most recently used
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeToLive;
    private readonly int _maxEntries;
    private long _eTag;

    public ExpiringMemoryStorage(IOptions<ConversationStoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _timeToLive = options.Value.TimeToLive;
        _maxEntries = options.Value.MaxEntries;
    }

    /// <summary>How many entries are held now (expired ones not yet swept included).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The bound on <see cref="Count"/>.</summary>
    public int MaxEntries => _maxEntries;

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var hashed = keys.Select(k => k is null ? null : Hash(k)).ToArray(); // outside the lock: it is shared by every turn
        var found = new string?[keys.Length];
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            SweepExpired(now);
            for (var i = 0; i < keys.Length; i++)
            {
                if (hashed[i] is { } key && _entries.TryGetValue(key, out var node))
                {
                    Touch(node, now);
                    found[i] = node.Value.Json; // never changed once stored: a write replaces it
                }
            }
        }

        var result = new Dictionary<string, object>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (found[i] is { } value)
            {
                result[keys[i]] = JObject.Parse(value);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        // Serialize and hash outside the lock, which every turn of every conversation shares.
        var prepared = changes.Select(change =>
        {
            ArgumentNullException.ThrowIfNull(change.Key);
            var snapshot = StoredJson.Snapshot(change.Value);
            return (Hashed: Hash(change.Key), change.Key, Item: change.Value as IStoreItem, Snapshot: snapshot);
        }).ToList();

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            SweepExpired(now);
            foreach (var (hashed, key, item, snapshot) in prepared)
            {
                _entries.TryGetValue(hashed, out var existing);
                if (item is not null && existing is not null && item.ETag is { Length: > 0 } eTag && eTag != "*"
                    && existing.Value.ETag != eTag)
                {
                    throw new InvalidOperationException($"ETag conflict for key {key}.");
                }

                string? newETag = null;
                if (item is not null)
                {
                    newETag = (++_eTag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    item.ETag = newETag;
                }

                var json = StoredJson.Text(snapshot, newETag);
                if (existing is not null)
                {
                    existing.Value.Json = json;
                    existing.Value.ETag = newETag;
                    Touch(existing, now);
                }
                else
                {
                    _entries[hashed] = _byLastUse.AddFirst(new Entry(hashed, json, newETag, now));
                }
            }

            while (_entries.Count > _maxEntries && _byLastUse.Last is { } oldest)
            {
                Remove(oldest);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (key is not null && _entries.TryGetValue(Hash(key), out var node))
                {
                    Remove(node);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Every entry held now, as its hashed key and its JSON value (for tests that check what is kept).</summary>
    public IReadOnlyList<string> Dump()
    {
        lock (_gate)
        {
            return _byLastUse.Select(e => e.Key + " " + e.Json).ToList();
        }
    }

    private static string Hash(string key) => StoredJson.Hash(key);

    private void Touch(LinkedListNode<Entry> node, DateTimeOffset now)
    {
        node.Value.LastUsed = now;
        if (node != _byLastUse.First)
        {
            _byLastUse.Remove(node);
            _byLastUse.AddFirst(node);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        // The list is ordered by last use, so the expired entries are all at its end.
        while (_byLastUse.Last is { } oldest && now - oldest.Value.LastUsed >= _timeToLive)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byLastUse.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed class Entry(string key, string json, string? eTag, DateTimeOffset lastUsed)
    {
        public string Key { get; } = key;

        public string Json { get; set; } = json;

        public string? ETag { get; set; } = eTag;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
