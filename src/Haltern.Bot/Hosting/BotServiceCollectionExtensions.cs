using Haltern.Assistant;
using Haltern.Assistant.Search;
using Haltern.Bot.Bot;
using Haltern.Bot.Knowledge;
using Haltern.Bot.Staff;
using Haltern.Bot.State;
using Haltern.Bot.Teams;
using Haltern.Bot.WebChat;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Haltern.Bot.Hosting;

/// <summary>Wires the bot: the SDK adapter and authentication, conversation state, the assistant.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddHalternBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddCitizenAssistant(environment.ContentRootPath);
        // Knowledge that follows the folder: live reload, /health/ready, optional Knowledge:IndexPath.
        services.AddLiveKnowledgeIndex();

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
}
