using Haltern.Assistant;
using Haltern.Bot.Staff.Consent;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.Bot.Staff;

/// <summary>
/// Wires the staff tools: the question log (and its retention), the counting and the consent offer around the
/// citizen assistant, the reports, the <see cref="StaffMiddleware"/> and the <see cref="ConsentMiddleware"/>. Call after the assistant is registered and after
/// <c>AddTeamsConversations</c> (the middleware runs in registration order).
/// </summary>
public static class StaffServiceCollectionExtensions
{
    public static IServiceCollection AddStaffTools(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IQuestionLog, JsonLinesQuestionLog>();
        services.TryAddSingleton<IKnowledgeStatus, IndexKnowledgeStatus>();
        services.AddHostedService<QuestionLogRetentionService>();
        services.AddSingleton<StaffReports>();
        services.AddSingleton<StaffMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<StaffMiddleware>());

        // Consent: the one offer for an unanswered question, the pending question in memory, the "yes".
        services.AddSingleton<IConsentPurpose, QuestionLogPurpose>();
        services.TryAddSingleton<ConsentOffers>();
        services.TryAddSingleton<PendingQuestions>();
        services.AddSingleton<ConsentMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<ConsentMiddleware>());
        DecorateAssistant(services);
        return services;
    }

    private static void DecorateAssistant(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ICitizenAssistant))
            ?? throw new InvalidOperationException("Register the citizen assistant before the staff tools.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(ICitizenAssistant),
            sp => new RecordingCitizenAssistant(
                Resolve(sp, registered),
                sp.GetRequiredService<IQuestionLog>(),
                sp.GetRequiredService<ConsentOffers>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RecordingCitizenAssistant>>()),
            registered.Lifetime));
    }

    private static ICitizenAssistant Resolve(IServiceProvider services, ServiceDescriptor registered) =>
        registered.ImplementationInstance as ICitizenAssistant
        ?? registered.ImplementationFactory?.Invoke(services) as ICitizenAssistant
        ?? (ICitizenAssistant)ActivatorUtilities.CreateInstance(services, registered.ImplementationType!);
}
