using Haltern.Assistant.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Hosting;

/// <summary>
/// Readiness of the knowledge index (issue 3): ready once an index serves; its data says how many articles and
/// services it holds and which files were skipped and why (file names below the knowledge folder, line, reason;
/// never content, never the absolute path or an exception).
/// </summary>
public sealed class KnowledgeHealthCheck(IKnowledgeStatusSource source) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = source.Status;
        var data = new Dictionary<string, object>
        {
            ["state"] = status.State.ToString().ToLowerInvariant(),
            ["loaded"] = status.State == KnowledgeState.Ready,
            ["articles"] = status.Articles,
            ["services"] = status.Services,
            ["generation"] = status.Generation,
            ["fromDisk"] = status.FromDisk,
            ["skipped"] = status.Skipped.Select(s => new SkippedFileData(s.Path, s.Line, s.Reason)).ToArray(),
        };
        if (status.LoadedAt is { } loadedAt)
        {
            data["loadedAt"] = loadedAt;
        }

        return Task.FromResult(status.State == KnowledgeState.Ready
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Unhealthy(data: data));
    }

    /// <summary>One skipped knowledge file: its name below the folder, the line, the reason.</summary>
    public sealed record SkippedFileData(string File, int? Line, string Reason);
}
