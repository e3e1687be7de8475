using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.DirectLine;

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

    /// <summary>
    /// Registers the Direct Line server. The host adds an <see cref="ITurnFailedReply"/> (what a citizen reads when a
    /// turn fails), the bot's <c>IBot</c> and middleware, and any <see cref="IDirectLineConversationsEnded"/>.
    /// What several instances must share has an in-process default that a registration before this call (or a
    /// <c>Replace</c> after it) takes the place of: the conversations (<see cref="IDirectLineConversationStore"/>), the
    /// per-client rate limits (<see cref="IDirectLineRateLimitPartitions"/>) and the stream count (<see cref="IDirectLineStreamSlots"/>).
    /// </summary>
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
        services.TryAddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
        services.AddSingleton<DirectLineBotAdapter>();
        services.TryAddSingleton<IDirectLineRateLimitPartitions, FixedWindowRateLimitPartitions>();
        services.TryAddSingleton<IDirectLineStreamSlots, InProcessStreamSlots>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<DirectLineCaller>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<TokenEndpoints>();
        services.AddSingleton<ConversationEndpoints>();
        services.AddSingleton<DirectLineExpiryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineExpiryService>());
        services.AddTransient<IStartupFilter, WebSocketsStartupFilter>();
        return services;
    }

    /// <summary>
    /// Maps the Direct Line 3.0 API under <see cref="RoutePrefix"/>, every call counted by the rate limiter, and
    /// returns the group so the host can add its own rules (which origins may call it).
    /// </summary>
    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(RoutePrefix)
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<DirectLineRateLimiter>());

        // The handlers are resolved per request, not here: the bot's middleware behind them may need services
        // that are only ready once the host has started.
        TokenEndpoints.Map(group);
        ConversationEndpoints.Map(group);
        return group;
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
