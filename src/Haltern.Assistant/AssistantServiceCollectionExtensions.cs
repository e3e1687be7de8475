using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant;

/// <summary>
/// Wires the domain: options, the knowledge loader, understanding and the assistant. The index comes from an
/// <see cref="IKnowledgeIndexProvider"/> the caller adds: the host's live one (<c>AddLiveKnowledgeIndex</c>) or a
/// fixed one (benchmarks). What runs in the background (warming the recognizers, emptying their caches) the host
/// starts.
/// </summary>
public static class AssistantServiceCollectionExtensions
{
    /// <param name="services">The service collection.</param>
    /// <param name="contentRoot">Where a relative or empty <c>Knowledge:Path</c> is looked up from.</param>
    public static IServiceCollection AddCitizenAssistant(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(contentRoot);

        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.Section).ValidateDataAnnotations()
            .Validate(o => PublicHolidays.IsSupported(o.HolidayRegion), 
                $"Assistant:HolidayRegion must be one of {string.Join(", ", PublicHolidays.SupportedRegions)} (ISO 3166-2, e.g. DE-NW for Nordrhein-Westfalen).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new ContentRoot(contentRoot));
        services.AddSingleton<KnowledgeLoader>();
        services.AddSingleton<DateUnderstanding>();
        services.AddSingleton<QuestionReader>();
        services.AddSingleton(sp => new OpeningCalendar(new PublicHolidays(sp.GetRequiredService<IOptions<AssistantOptions>>().Value.HolidayRegion)));
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<ICitizenAssistant, CitizenAssistant>();
        return services;
    }
}
