using Haltern.Assistant;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.State;
using Microsoft.Extensions.Options;
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
        services.AddSingleton<StaffMembers>();
        services.AddSingleton<StaffMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<StaffMiddleware>());
        AddHandoff(services);

        // Consent: the one offer for an unanswered question, the pending question in memory, the "yes". The
        // handoff comes last: while a staff channel is set, it is the offer.
        services.AddSingleton<IConsentPurpose, QuestionLogPurpose>();
        services.AddSingleton<IConsentPurpose, HandoffPurpose>();
        services.TryAddSingleton<ConsentOffers>();
        services.TryAddSingleton(sp => new PendingQuestions(sp.GetRequiredService<ExpiringMemoryStorage>()));
        services.AddSingleton<ConsentMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<ConsentMiddleware>());
        DecorateAssistant(services);
        return services;
    }

    /// <summary>Requests to staff: their store, the staff channel's messages, delivery, knowledge from answers.</summary>
    private static void AddHandoff(IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // With the in-process store, requests get an expiring store of their own that keeps them for the retention
        // period (conversation state is forgotten within minutes); with Redis, the shared Redis with that retention
        // as the keys' time to live; with a custom store, the host's store.
        services.TryAddKeyedSingleton<IStorage>(HandoffStore.StorageKey, (sp, _) =>
        {
            var store = sp.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
            var handoff = sp.GetRequiredService<IOptions<HandoffOptions>>().Value;
            var kept = Options.Create(new ConversationStoreOptions { TimeToLive = handoff.Retention, MaxEntries = handoff.MaxRequests * 3 });
            return store.Store.ToUpperInvariant() switch
            {
                "MEMORY" => new ExpiringMemoryStorage(kept, sp.GetRequiredService<TimeProvider>()),
                "REDIS" => new Redis.RedisStorage(sp.GetRequiredService<Redis.RedisConnection>(), kept),
                _ => sp.GetRequiredService<IStorage>(),
            };
        });
        services.TryAddSingleton<HandoffStore>();
        services.TryAddSingleton<HandoffMailer>();
        services.TryAddSingleton<StaffChannelMessages>();
        services.TryAddSingleton<CitizenDelivery>();
        services.TryAddSingleton<KnowledgeFromAnswers>();
        services.AddHostedService<HandoffRetentionService>();
        services.AddSingleton<HandoffMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<HandoffMiddleware>());
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
