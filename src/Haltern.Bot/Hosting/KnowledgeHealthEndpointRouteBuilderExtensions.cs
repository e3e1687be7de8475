using Haltern.Assistant.Search;

namespace Haltern.Bot.Hosting;

/// <summary>
/// <c>GET /health/ready</c>: 200 when a knowledge index is serving, 503 while the first one is built or when the
/// folder could not be loaded; the JSON says how many articles and services are served and which files were
/// skipped and why (paths below the knowledge folder and reasons only, never content).
/// </summary>
public static class KnowledgeHealthEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapKnowledgeHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapGet("/health/ready", (IKnowledgeStatusSource source) =>
        {
            var status = source.Status;
            var body = new ReadinessResponse(
                status.State.ToString().ToLowerInvariant(),
                status.State == KnowledgeState.Ready,
                status.Articles,
                status.Services,
                status.Skipped.Select(s => new SkippedFileResponse(s.Path, s.Line, s.Reason)).ToArray(),
                status.LoadedAt,
                status.Generation,
                status.FromDisk,
                status.Problem);
            return Results.Json(body, statusCode: status.State == KnowledgeState.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    /// <summary>The readiness JSON.</summary>
    internal sealed record ReadinessResponse(
        string Status, bool Loaded, int Articles, int Services, IReadOnlyList<SkippedFileResponse> Skipped, DateTimeOffset? LoadedAt,
        int Generation, bool FromDisk, string? Problem);

    /// <summary>A skipped file: its path below the knowledge folder, the line and the reason.</summary>
    internal sealed record SkippedFileResponse(string File, int? Line, string Reason);
}
