using System.Text.Json;
using Haltern.Bot.State;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Haltern.Bot.Hosting;

/// <summary>
/// <c>GET /health/live</c> (the process answers) and <c>GET /health/ready</c> (every check tagged
/// <see cref="ReadyTag"/> passes). Readiness is extensible: each concern adds its own <see cref="IHealthCheck"/> class
/// with <c>services.AddHealthChecks().AddCheck&lt;T&gt;("name", tags: [HealthEndpoints.ReadyTag])</c>. The answer says
/// each check's status and the figures a check chose to publish in its <c>Data</c>; never exceptions, descriptions,
/// paths or versions.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Checks with this tag decide <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the bot's own readiness checks.</summary>
    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHealthChecks()
            .AddCheck<BotReadyHealthCheck>("bot", tags: [ReadyTag])
            .AddCheck<ConversationStoreHealthCheck>("conversationStore", tags: [ReadyTag])
            .AddCheck<Haltern.DirectLine.DirectLineHealthCheck>("directLine", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>, rate-limited like every public endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .RequireRateLimiting(PublicRateLimiting.Policy);
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .RequireRateLimiting(PublicRateLimiting.Policy);
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        // Written to a buffer first: Utf8JsonWriter flushes synchronously when it fills, which Kestrel forbids.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            foreach (var (key, value) in entry.Data)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}

/// <summary>Ready when the bot can be built: the adapter and the bot with everything it needs (the assistant, its knowledge).</summary>
public sealed class BotReadyHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = services.GetRequiredService<Microsoft.Bot.Builder.Integration.AspNet.Core.IBotFrameworkHttpAdapter>();
            _ = services.GetRequiredService<IBot>();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The bot cannot be built.", exception));
        }
    }
}

/// <summary>
/// The conversation store answers; Degraded (still ready) when the in-memory store is full, i.e. the oldest
/// conversations are being dropped before they expire.
/// </summary>
public sealed class ConversationStoreHealthCheck(IStorage storage) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["health/probe"], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The conversation store does not answer.", exception);
        }

        return storage is ExpiringMemoryStorage memory && memory.Count >= memory.MaxEntries
            ? HealthCheckResult.Degraded("The conversation store is full.")
            : HealthCheckResult.Healthy();
    }
}
