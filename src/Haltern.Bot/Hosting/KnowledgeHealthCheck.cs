using Haltern.Assistant.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Hosting;

/// <summary>
/// The knowledge part of <c>GET /health/ready</c> (check <c>knowledge</c>): Unhealthy (503) while the first index is
/// built or when the folder could not be loaded, Degraded (still 200) when files were skipped, Healthy otherwise.
/// Publishes how many articles and services are served and which files were skipped and why: paths below the
/// knowledge folder, lines and reasons only, never content.
/// </summary>
public sealed class KnowledgeHealthCheck(IKnowledgeStatusSource source) : IHealthCheck
{
    /// <summary>The check's name in the readiness answer.</summary>
    public const string Name = "knowledge";

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
            ["skipped"] = status.Skipped
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

        var result = status.State switch
        {
            KnowledgeState.Ready when status.Skipped.Count > 0 => HealthCheckResult.Degraded("Some knowledge files were skipped.", data: data),
            KnowledgeState.Ready => HealthCheckResult.Healthy(data: data),
            KnowledgeState.Loading => HealthCheckResult.Unhealthy("The knowledge index is being built.", data: data),
            _ => HealthCheckResult.Unhealthy("The knowledge folder could not be loaded.", data: data),
        };
        return Task.FromResult(result);
    }
}

/// <summary>Registers <see cref="KnowledgeHealthCheck"/> among the readiness checks.</summary>
public static class KnowledgeHealthCheckServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeHealthCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>(KnowledgeHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
