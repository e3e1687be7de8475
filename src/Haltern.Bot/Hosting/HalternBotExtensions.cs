using Haltern.Bot.Assistant;
using Haltern.Bot.Bot;
using Haltern.Bot.Staff;
using Haltern.Bot.State;
using Haltern.Bot.Teams;
using Haltern.Bot.WebChat;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Haltern.Bot.Hosting;

/// <summary>
/// Wires the whole host, one call per part, each part a folder with its own entry point: <c>builder.AddHalternBot()</c>,
/// <c>app.UseHalternBot()</c>, <c>app.MapHalternBot()</c>.
/// </summary>
public static class HalternBotExtensions
{
    /// <summary>Registers the bot with the builder's configuration and content root.</summary>
    public static WebApplicationBuilder AddHalternBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHalternBot(builder.Configuration, builder.Environment);
        return builder;
    }

    /// <summary>
    /// Registers the bot: the assistant with its background services (Assistant/), the bot and its conversation
    /// memory (Bot/, State/), Teams conventions (Teams/), staff features (Staff/), the built-in Direct Line, the chat
    /// page (WebChat/), and the hardening that guards them (Security/ and this folder).
    /// </summary>
    public static IServiceCollection AddHalternBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddHostedAssistant(environment.ContentRootPath);

        // The SDK's authentication and the CloudAdapter (with the middleware registered below) are registered by
        // AddBotHardening, which guards both; the HTTP adapter the endpoint uses is that CloudAdapter.
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());

        // Replaced by the expiring store unless ConversationStore:Store is Custom.
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationMemoryStore>();
        services.AddSingleton<ReplyActivityFactory>();
        services.AddTransient<IBot, HalternBot>();
        services.AddTeamsConversations();
        services.AddStaffTools();
        services.AddDirectLine(configuration);
        services.AddSingleton<ITurnFailedReply, TurnFailedReply>();
        services.AddSingleton<IDirectLineConversationsEnded, DirectLineStateCleanup>();
        services.AddWebChatPage(configuration);
        services.AddBotHardening(configuration);
        return services;
    }

    /// <summary>
    /// The middleware in front of the endpoints: forwarded headers and rate limits (<see cref="HardeningExtensions.UseBotHardening"/>),
    /// then CORS for the chat's token endpoint and the Direct Line API (<c>WebChat:AllowedOrigins</c>).
    /// </summary>
    public static IApplicationBuilder UseHalternBot(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseBotHardening().UseCors();
    }

    /// <summary>Maps the bot's HTTP endpoints: <c>/api/messages</c>, the Direct Line API, the chat page, health.</summary>
    public static IEndpointRouteBuilder MapHalternBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken))
            .RequireRateLimiting(PublicRateLimiting.Policy);

        // Browsers may call the Direct Line API from the bot's own pages and the city's sites only
        // (WebChat:AllowedOrigins); refusals count against its rate limit like any other request.
        endpoints.MapDirectLine()
            .RequireCors(WebChatOrigins.CorsPolicy)
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<WebChatOrigins.Filter>())
            .AddEndpointFilter(ActivatorUtilities.CreateInstance<StoreUnavailableFilter>(endpoints.ServiceProvider));
        endpoints.MapWebChatPage();
        endpoints.MapHealthEndpoints();
        return endpoints;
    }
}
