using Haltern.Assistant.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Knowledge;

/// <summary>
/// Ready when a knowledge index is serving (not while the first one is built, nor when the folder could not be
/// loaded). Publishes in <c>/health/ready</c> how many articles and services are served, which files were
/// skipped and why, and which entries of served files (a bad <c>hours</c> or <c>closed</c> line): paths below the
/// knowledge folder, lines and reasons only, never content. Degraded (still ready: the instance answers from what
/// it has) when the last scan of the folder failed or found changes that could not be indexed, with the reason:
/// the served knowledge may then be older than the folder.
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

        if (status.Problem is { } problem)
        {
            data["problem"] = problem;
        }

        if (status.LastScan is { } scan)
        {
            data["lastScan"] = new Dictionary<string, object?> { ["at"] = scan.At, ["ok"] = scan.Problem is null, ["problem"] = scan.Problem, ["stale"] = scan.Stale };
        }

        var health = status.State != KnowledgeState.Ready ? HealthStatus.Unhealthy
            : status.LastScan is { Problem: not null } or { Stale: true } ? HealthStatus.Degraded
            : HealthStatus.Healthy;
        return Task.FromResult(new HealthCheckResult(health, data: data));
    }
}
