using Haltern.Assistant.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Haltern.Assistant.Search;

/// <summary>Wires live reload: the knowledge index that follows the folder, and its status.</summary>
public static class LiveKnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the index provider with <see cref="LiveKnowledgeIndexProvider"/> (a hosted service that loads in
    /// the background, watches <c>Knowledge:Path</c> and keeps an index on disk when <c>Knowledge:IndexPath</c>
    /// is set). Call after <c>AddCitizenAssistant</c>.
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
        services.AddHostedService(sp => sp.GetRequiredService<LiveKnowledgeIndexProvider>());
        return services;
    }
}
