using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.DirectLine;

/// <summary>
/// How full the built-in Direct Line is: Degraded (still ready) from <see cref="DegradedShare"/> of
/// <c>DirectLine:MaxConversations</c> open conversations, so monitoring warns before citizens get 429.
/// </summary>
public sealed class DirectLineHealthCheck(IDirectLineConversationStore store) : IHealthCheck
{
    /// <summary>The share of open conversations from which the check says Degraded.</summary>
    public const double DegradedShare = 0.8;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var open = await store.CountAsync(cancellationToken);
        var capacity = store.Capacity;
        var data = new Dictionary<string, object> { ["open"] = open, ["capacity"] = capacity };
        return open >= DegradedShare * capacity
            ? HealthCheckResult.Degraded("Most Direct Line conversation slots are taken.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}
