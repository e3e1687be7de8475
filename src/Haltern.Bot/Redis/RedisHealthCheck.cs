using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Redis;

/// <summary>
/// Ready while Redis answers a <c>PING</c> within <c>Redis:Timeout</c>; otherwise Unhealthy, with the reason in its
/// data (<c>"reason": "not reachable"</c>), never the host, the configuration string or the exception. Degraded
/// (still ready) while Redis writes to disk or cannot be asked whether it does (<see cref="RedisPersistence"/>).
/// </summary>
public sealed class RedisHealthCheck(RedisConnection redis, RedisPersistence persistence) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        string reason;
        try
        {
            var latency = await redis.RunAsync(database => database.PingAsync());
            var data = new Dictionary<string, object>
            {
                ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1),
            };
            if (await persistence.CheckAsync() is { } problem)
            {
                data["reason"] = problem;
                return HealthCheckResult.Degraded("Redis is not memory-only.", data: data);
            }

            return HealthCheckResult.Healthy(data: data);
        }
        catch (Haltern.Bot.State.StoreUnavailableException exception)
        {
            reason = exception.Reason;
        }

        return HealthCheckResult.Unhealthy("Redis cannot be used.", data: new Dictionary<string, object>
        {
            ["reason"] = "Redis " + reason,
        });
    }
}
