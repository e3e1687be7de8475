using System.Threading.RateLimiting;
using Haltern.DirectLine;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Redis;

/// <summary>
/// The Direct Line API's per-client rate limit counted in Redis (<see cref="RedisTokenBucket"/>), so that a client's
/// requests count against one limit whichever instance they reach: a bucket of <c>DirectLine:RateLimitPermits</c>
/// tokens, refilled evenly over <c>DirectLine:RateLimitWindow</c>. While Redis cannot be used, each instance counts on
/// its own in the fixed window of the in-process default, so the limit still holds and no request fails for its sake.
/// </summary>
public sealed class RedisDirectLineRateLimitPartitions : IDirectLineRateLimitPartitions
{
    private readonly RedisConnection _redis;
    private readonly TokenBucketRateLimiterOptions _bucket;
    private readonly FixedWindowRateLimiterOptions _fallback;

    public RedisDirectLineRateLimitPartitions(RedisConnection redis, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        var value = options.Value;
        _bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = value.RateLimitPermits,
            TokensPerPeriod = value.RateLimitPermits,
            ReplenishmentPeriod = value.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _fallback = FixedWindowRateLimitPartitions.Window(value);
    }

    /// <inheritdoc />
    public RateLimitPartition<string> Get(string client) =>
        // "directline …": a bucket of its own beside the one /api/messages keeps for the same address.
        RateLimitPartition.Get("directline " + client, key => new RedisTokenBucket(_redis, key, _bucket, new FixedWindowRateLimiter(_fallback)));
}
