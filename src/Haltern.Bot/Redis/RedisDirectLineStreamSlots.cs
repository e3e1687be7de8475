using Haltern.Bot.State;
using Haltern.DirectLine;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// The WebSocket streams of each Direct Line conversation, counted in Redis for <c>DirectLine:MaxStreamsPerConversation</c>,
/// so that a conversation's streams on every instance together stay within the limit. Per conversation a sorted set
/// (<c>{dl}:s:{id}</c>) of its streams, each scored with the time its lease runs out by Redis's clock: a stream renews
/// its lease at every keep-alive, and the slot of a stream whose instance went away without giving it back runs out
/// after <see cref="LeaseIntervals"/> keep-alive intervals.
/// </summary>
public sealed class RedisDirectLineStreamSlots : IDirectLineStreamSlots
{
    /// <summary>How many keep-alive intervals a lease lasts: a stream renews it once per interval, with room for a slow one.</summary>
    public const int LeaseIntervals = 3;

    // KEYS[1] the conversation's streams; ARGV[1] the most at once, ARGV[2] the lease (ms), ARGV[3] the new stream.
    // Returns 1 when the slot is claimed, 0 when every slot is taken by a stream whose lease has not run out.
    private const string Claim = """
        local now = redis.call('TIME')
        now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
        redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    // KEYS[1] the conversation's streams; ARGV[1] the lease (ms), ARGV[2] the stream. A lease that ran out stays out.
    private const string Renew = """
        local now = redis.call('TIME')
        now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
        redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """;

    private readonly RedisConnection _redis;
    private readonly long _leaseMilliseconds;

    public RedisDirectLineStreamSlots(RedisConnection redis, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _leaseMilliseconds = (long)(LeaseIntervals * options.Value.StreamKeepAliveInterval.TotalMilliseconds);
    }

    /// <inheritdoc />
    public async ValueTask<IDirectLineStreamSlot?> TryClaimAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = _redis.Key("{dl}:s:" + conversationId);
        var stream = Guid.NewGuid().ToString("N");
        var claimed = (int)await _redis.RunAsync(database => database.ScriptEvaluateAsync(Claim, [key], [max, _leaseMilliseconds, stream]));
        return claimed == 1 ? new Slot(this, key, stream) : null;
    }

    private sealed class Slot(RedisDirectLineStreamSlots slots, RedisKey key, string stream) : IDirectLineStreamSlot
    {
        private int _released;

        public ValueTask RenewAsync(CancellationToken cancellationToken) =>
            new(slots._redis.RunAsync(database => database.ScriptEvaluateAsync(Renew, [key], [slots._leaseMilliseconds, stream])));

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
            {
                return;
            }

            try
            {
                await slots._redis.RunAsync(database => database.SortedSetRemoveAsync(key, stream));
            }
            catch (StoreUnavailableException)
            {
                // Redis is away: the lease runs out by itself.
            }
        }
    }
}
