using Haltern.Assistant.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Assistant;

/// <summary>
/// Ready when a knowledge index is serving (not while the first one is built, nor when the folder could not be
/// loaded). Publishes in <c>/health/ready</c> how many articles and services are served, which files were
/// skipped and why, and which entries of served files (a bad <c>hours</c> or <c>closed</c> line): paths below the
/// knowledge folder, lines and reasons only, never content.
/// </summary>
public sealed class KnowledgeHealthCheck(IKnowledgeStatusSource source) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = source.Status;
        var data = new Dictionary<string, object>
        {
            ["loaded"] = status.State == KnowledgeState.Ready,
            ["state"] = status.State.ToString().ToLowerInvariant(),
            ["articles"] = status.Articles,
            ["services"] = status.Services,
            ["skipped"] = status.Skipped
                .Select(s => new Dictionary<string, object?> { ["file"] = s.Path, ["line"] = s.Line, ["reason"] = s.Reason })
                .ToArray(),
            ["skippedEntries"] = status.SkippedEntries
                .Select(s => new Dictionary<string, object?> { ["file"] = s.Path, ["line"] = s.Line, ["reason"] = s.Reason })
                .ToArray(),
            ["generation"] = status.Generation,
            ["fromDisk"] = status.FromDisk,
        };
        if (status.LoadedAt is { } loadedAt)
        {
            data["loadedAt"] = loadedAt;
        }

        return Task.FromResult(status.State == KnowledgeState.Ready
            ? new HealthCheckResult(HealthStatus.Healthy, data: data)
            : new HealthCheckResult(HealthStatus.Unhealthy, data: data));
    }
}
