using Haltern.Bot.DirectLine;
using Haltern.Bot.WebChat;
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
        endpoints.MapDirectLine();
        endpoints.MapWebChatPage();
        endpoints.MapHealthEndpoints();
        return endpoints;
    }
}
