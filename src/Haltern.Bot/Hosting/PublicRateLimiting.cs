using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Haltern.Bot.Redis;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Hosting;

/// <summary>Configuration section <c>RateLimiting</c>: requests per client on the public endpoints.</summary>
public sealed class PublicRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per minute one client (IP address) may make without a channel token: citizens, the Emulator.</summary>
    [Range(1, 100_000_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>How many requests a client may make at once before the per-minute rate applies.</summary>
    [Range(1, 100_000_000)]
    public int Burst { get; set; } = 20;

    /// <summary>
    /// Requests per minute from one address that carry a channel token (<c>Authorization: Bearer</c>). Behind Azure Bot
    /// Service every citizen arrives from Azure's few addresses, so this is much higher than <see cref="PermitsPerMinute"/>.
    /// </summary>
    [Range(1, 100_000_000)]
    public int ChannelPermitsPerMinute { get; set; } = 6_000;
}

/// <summary>The rate-limiting policy of the public endpoints (429 with <c>Retry-After</c>), partitioned per client.</summary>
public static class PublicRateLimiting
{
    /// <summary>The policy name: <c>endpoint.RequireRateLimiting(PublicRateLimiting.Policy)</c>.</summary>
    public const string Policy = "public";

    /// <summary>Registers <see cref="Policy"/> with ASP.NET Core's rate limiter.</summary>
    public static IServiceCollection AddPublicRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<PublicRateLimitOptions>()
            .BindConfiguration(PublicRateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new ProblemBody("Too many requests; please wait before trying again.", StatusCodes.Status429TooManyRequests),
                    HardeningJsonContext.Default.ProblemBody,
                    contentType: "application/problem+json",
                    cancellationToken);
            };

            limiter.AddPolicy(Policy, context =>
            {
                var address = context.Connection.RemoteIpAddress;
                if (address is null || IPAddress.IsLoopback(address))
                {
                    // Nobody to tell apart: an in-process host (TestServer), a Unix socket, or a process on this
                    // machine (the Emulator, a local tool, a reverse proxy without forwarded headers, which would
                    // otherwise put the whole city in one bucket). Behind a proxy, enable forwarded headers so that
                    // every request carries its citizen's address and is limited.
                    return RateLimitPartition.GetNoLimiter("local");
                }

                var options = context.RequestServices.GetRequiredService<IOptionsMonitor<PublicRateLimitOptions>>().CurrentValue;
                var client = address.ToString();
                var hasToken = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
                var perMinute = hasToken ? options.ChannelPermitsPerMinute : options.PermitsPerMinute;
                var burst = hasToken ? Math.Max(options.Burst, perMinute / 6) : options.Burst;
                var partition = (hasToken ? "channel " : "client ") + client;
                // With Redis (several instances) a client's requests are counted in one bucket wherever they arrive.
                return context.RequestServices.GetService<RedisConnection>() is { } redis
                    ? RateLimitPartition.Get(partition, key => new RedisTokenBucket(redis, key, Bucket(perMinute, burst), new TokenBucketRateLimiter(Bucket(perMinute, burst))))
                    : RateLimitPartition.GetTokenBucketLimiter(partition, _ => Bucket(perMinute, burst));
            });
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute, int burst)
    {
        // Refill every second (or less often for low rates) so Retry-After stays short and honest.
        var period = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Ceiling(60.0 / perMinute));
        var perPeriod = (int)Math.Max(1, Math.Round(perMinute * period.TotalMinutes));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
