using Haltern.Assistant;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Knowledge;

/// <summary>Wires live reload: the knowledge index that follows the folder, what keeps it following, and its readiness.</summary>
public static class LiveKnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the index provider with <see cref="LiveKnowledgeIndexProvider"/> (loads in the background and keeps
    /// an index on disk when <c>Knowledge:IndexPath</c> is set), adds the hosted <see cref="KnowledgeFolderFollower"/>
    /// (watches <c>Knowledge:Path</c> and scans it every <c>Knowledge:PollInterval</c>) and the readiness check.
    /// Call after <c>AddCitizenAssistant</c>.
    /// </summary>
    public static IServiceCollection AddLiveKnowledgeIndex(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LiveKnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeLoader>();
        services.AddSingleton<LiveKnowledgeIndexProvider>();
        services.RemoveAll<IKnowledgeIndexProvider>();
        services.AddSingleton<IKnowledgeIndexProvider>(sp => sp.GetRequiredService<LiveKnowledgeIndexProvider>());
        services.AddSingleton<IKnowledgeStatusSource>(sp => sp.GetRequiredService<LiveKnowledgeIndexProvider>());
        // The machine's clock for the waits and the poll, whatever clock the city's "today" comes from.
        services.AddSingleton(sp => new KnowledgeFolderFollower(
            sp.GetRequiredService<LiveKnowledgeIndexProvider>(),
            sp.GetRequiredService<IOptions<LiveKnowledgeOptions>>(),
            TimeProvider.System,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeFolderFollower>());
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
