using Haltern.Assistant;
using Haltern.Bot.Knowledge;

namespace Haltern.Bot.Assistant;

/// <summary>The citizen assistant as the host runs it: <c>services.AddHostedAssistant(contentRoot)</c>.</summary>
public static class AssistantHostingExtensions
{
    /// <summary>
    /// Registers the domain (<c>AddCitizenAssistant</c>), the index that follows the knowledge folder (live reload,
    /// <c>Knowledge:IndexPath</c>, its readiness check: <c>Knowledge/</c>), and what runs beside it: the recognizers warmed a moment
    /// after start, their caches emptied every second.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="contentRoot">Where a relative or empty <c>Knowledge:Path</c> is looked up from.</param>
    public static IServiceCollection AddHostedAssistant(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(contentRoot);

        services.AddCitizenAssistant(contentRoot);
        services.AddHostedService<RecognizerWarmup>();
        services.AddHostedService<RecognizerCacheExpiry>();
        services.AddLiveKnowledgeIndex();
        return services;
    }
}
