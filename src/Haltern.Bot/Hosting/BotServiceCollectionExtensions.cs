using Haltern.Assistant;
using Haltern.Assistant.Search;
using Haltern.Bot.Bot;
using Haltern.Bot.DirectLine;
using Haltern.Bot.Staff;
using Haltern.Bot.Teams;
using Haltern.Bot.WebChat;
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
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthEndpoints.ReadyTag]);

        // The SDK reads MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId as flat root keys.
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        // CloudAdapter has two public constructors that DI finds ambiguous: a factory picks one.
        services.AddSingleton<CloudAdapter>(sp =>
        {
            var adapter = new HalternAdapter(
                sp.GetRequiredService<BotFrameworkAuthentication>(),
                sp.GetRequiredService<ILogger<HalternAdapter>>());
            foreach (var middleware in sp.GetServices<IMiddleware>())
            {
                adapter.Use(middleware); // in registration order
            }

            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());

        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ReplyActivityFactory>();
        services.AddTransient<IBot, HalternBot>();
        services.AddTeamsConversations();
        services.AddStaffTools();
        services.AddDirectLine(configuration);
        services.AddWebChatPage(configuration);
        services.AddBotHardening(configuration);
        return services;
    }
}
