using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.Bot.DirectLine;

/// <summary>Wires the built-in Direct Line 3.0 server: <c>services.AddDirectLine(configuration)</c>, <c>endpoints.MapDirectLine()</c>.</summary>
public static class DirectLineExtensions
{
    /// <summary>The route prefix of the Direct Line 3.0 API.</summary>
    public const string RoutePrefix = "/v3/directline";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
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
        var handlers = endpoints.ServiceProvider.GetRequiredService<DirectLineEndpoints>();
        var group = endpoints.MapGroup(RoutePrefix)
            .AddEndpointFilter(new CorsFilter())
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<DirectLineRateLimiter>());

        group.MapPost("/tokens/generate", handlers.GenerateTokenAsync);
        group.MapPost("/tokens/refresh", handlers.RefreshToken);
        group.MapPost("/conversations", handlers.StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", handlers.Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", handlers.GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", handlers.PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", handlers.StreamAsync);
        group.MapMethods("/{**path}", [HttpMethods.Options], () => Results.NoContent());
        return endpoints;
    }

    /// <summary>
    /// Lets pages on other origins call the API: the credential is a bearer header, never a cookie, so any
    /// origin may be allowed.
    /// </summary>
    private sealed class CorsFilter : IEndpointFilter
    {
        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var headers = context.HttpContext.Response.Headers;
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlAllowHeaders = "Authorization, Content-Type, Accept, x-ms-bot-agent";
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            headers.AccessControlMaxAge = "600";
            return next(context);
        }
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
