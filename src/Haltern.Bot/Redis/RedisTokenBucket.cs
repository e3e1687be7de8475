using System.Globalization;
using System.Threading.RateLimiting;
using Haltern.Bot.State;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// A token bucket for one client whose tokens are counted in Redis, so a client's requests count against one limit
/// whichever instance they reach. The bucket is refilled by Redis's own clock (<c>TIME</c> in the script): the
/// instances' clocks need not agree. While Redis cannot be used, the same bucket is counted in this process
/// (<paramref name="fallback"/>): the limits still hold per instance, and no request fails for the limiter's sake.
/// </summary>
public sealed class RedisTokenBucket(RedisConnection redis, string partition, TokenBucketRateLimiterOptions options, RateLimiter fallback) : RateLimiter
{
    // KEYS[1] the bucket; ARGV[1] capacity, ARGV[2] tokens per millisecond. Returns 0 when a token was taken, else the
    // milliseconds until one is there.
    private const string Take = """
        local now = redis.call('TIME')
        now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
        local capacity = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local bucket = redis.call('HMGET', KEYS[1], 't', 'n')
        local tokens = tonumber(bucket[2]) or capacity
        local last = tonumber(bucket[1]) or now
        tokens = math.min(capacity, tokens + math.max(0, now - last) * rate)
        local wait = 0
        if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
        redis.call('HSET', KEYS[1], 't', now, 'n', tostring(tokens))
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
        return wait
        """;

    private readonly RedisKey _key = redis.Key("rate:" + StoredJson.Hash(partition));
    private readonly RedisValue[] _arguments =
    [
        options.TokenLimit,
        (options.TokensPerPeriod / options.ReplenishmentPeriod.TotalMilliseconds).ToString("R", CultureInfo.InvariantCulture),
    ];

    private long _lastUsedTicks = DateTime.UtcNow.Ticks;

    /// <inheritdoc />
    public override TimeSpan? IdleDuration => TimeSpan.FromTicks(DateTime.UtcNow.Ticks - Interlocked.Read(ref _lastUsedTicks));

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics() => fallback.GetStatistics();

    /// <summary>Never granted here: ASP.NET Core's rate limiter then asks <see cref="AcquireAsyncCore"/>, which asks Redis.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused(retryAfter: null);

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, DateTime.UtcNow.Ticks);
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        long wait;
        try
        {
            wait = (long)await redis.RunAsync(database => database.ScriptEvaluateAsync(Take, [_key], _arguments));
        }
        catch (StoreUnavailableException)
        {
            return fallback.AttemptAcquire(permitCount);
        }

        return wait == 0 ? Lease.Granted : Lease.Refused(TimeSpan.FromMilliseconds(wait));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
