using Haltern.Bot.WebChat;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.Bot.DirectLine;

/// <summary>Wires the built-in Direct Line 3.0 server: <c>services.AddDirectLine(configuration)</c>, <c>endpoints.MapDirectLine()</c>.</summary>
public static class DirectLineExtensions
{
    /// <summary>The route prefix of the Direct Line 3.0 API.</summary>
    public const string RoutePrefix = "/v3/directline";

    /// <summary>
    /// The key of the Direct Line's clock (tokens, idle expiry, keep-alives): the app's <see cref="TimeProvider"/>
    /// unless replaced, so tests can move Direct Line's time without moving everyone else's.
    /// </summary>
    public const string ClockKey = "DirectLine";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineBotAdapter>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<DirectLineEndpoints>();
        services.AddSingleton<DirectLineExpiryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineExpiryService>());
        services.AddTransient<IStartupFilter, WebSocketsStartupFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Browsers may call the API from the bot's own pages and the city's sites only (WebChat:AllowedOrigins);
        // refusals count against the rate limit like any other request.
        var group = endpoints.MapGroup(RoutePrefix)
            .RequireCors(WebChatOrigins.CorsPolicy)
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<DirectLineRateLimiter>())
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<WebChatOrigins.Filter>());

        // The handlers are resolved per request, not here: the bot's middleware behind them may need services
        // that are only ready once the host has started.
        group.MapPost("/tokens/generate", (HttpContext context, DirectLineEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.GenerateTokenAsync(context, cancellationToken));
        group.MapPost("/tokens/refresh", (HttpContext context, DirectLineEndpoints handlers) => handlers.RefreshToken(context));
        group.MapPost("/conversations", (HttpContext context, DirectLineEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.StartConversationAsync(context, cancellationToken));
        group.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, DirectLineEndpoints handlers) =>
            handlers.Reconnect(context, conversationId));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineEndpoints handlers) =>
            handlers.GetActivities(context, conversationId));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.PostActivityAsync(context, conversationId, cancellationToken));
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, DirectLineEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.StreamAsync(context, conversationId, cancellationToken));
        return endpoints;
    }

    /// <summary>Puts the WebSocket middleware in front of routing so <c>streamUrl</c> can be upgraded.</summary>
    private sealed class WebSocketsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets();
            next(app);
        };
    }
}
