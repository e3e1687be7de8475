using Haltern.Bot.State;
using Haltern.Bot.WebChat;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Haltern.Bot.Hosting;

/// <summary>Maps the bot's HTTP endpoints.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
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
