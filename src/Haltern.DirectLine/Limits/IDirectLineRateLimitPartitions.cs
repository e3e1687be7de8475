using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// The rate limiter of each client of the Direct Line API (<see cref="DirectLineRateLimiter"/>). The default,
/// <see cref="FixedWindowRateLimitPartitions"/>, counts in this process; a host whose instances share a store
/// registers one that counts a client's requests on every instance together.
/// </summary>
public interface IDirectLineRateLimitPartitions
{
    /// <summary>The partition of <paramref name="client"/> (its address, IPv6 by /64; as <see cref="DirectLineRateLimiter"/> tells them apart).</summary>
    RateLimitPartition<string> Get(string client);
}

/// <summary>
/// <c>DirectLine:RateLimitPermits</c> requests per client in each <c>DirectLine:RateLimitWindow</c>, counted in this
/// process (a fixed window).
/// </summary>
public sealed class FixedWindowRateLimitPartitions(IOptions<DirectLineOptions> options) : IDirectLineRateLimitPartitions
{
    private readonly FixedWindowRateLimiterOptions _window = Window(options?.Value ?? throw new ArgumentNullException(nameof(options)));

    /// <inheritdoc />
    public RateLimitPartition<string> Get(string client) => RateLimitPartition.GetFixedWindowLimiter(client, _ => _window);

    /// <summary>The fixed window of <paramref name="options"/>, also for a shared limiter to fall back on.</summary>
    public static FixedWindowRateLimiterOptions Window(DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.RateLimitPermits,
            Window = options.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
