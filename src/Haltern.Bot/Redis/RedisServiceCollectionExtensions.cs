using Haltern.DirectLine;
using Haltern.Bot.Hosting;
using Haltern.Bot.Staff;
using Haltern.Bot.Staff.Consent;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.Bot.Redis;

/// <summary>
/// Wires Redis as the store several instances share (<c>ConversationStore:Store=Redis</c>): the connection, the
/// conversation state, the built-in Direct Line's conversations, rate limits and stream counts, the staff question
/// counts, the readiness check, and the settings every instance must agree on.
/// </summary>
public static class RedisServiceCollectionExtensions
{
    public static IServiceCollection AddRedisStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A token issued by one instance must be accepted by the next: the key cannot be a random one per process.
        services.AddOptions<DirectLineOptions>()
            .Validate(
                options => options.TokenSigningKey.Length > 0,
                "ConversationStore:Store=Redis needs DirectLine:TokenSigningKey, the same on every instance, so that a Direct Line token from one instance is accepted by the others.")
            .ValidateOnStart();

        services.TryAddSingleton<RedisConnection>();
        // A hosted service, so the connection is tried while the host starts, not on the first request; the first of
        // them, so that services which use Redis as they start (the staff sweeps) find the connection made.
        var firstHosted = services.TakeWhile(descriptor => descriptor.ServiceType != typeof(IHostedService)).Count();
        services.Insert(firstHosted, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<RedisConnection>()));
        // After the connection: asks Redis at start whether it keeps data in memory only, as datenschutz.md says.
        services.TryAddSingleton<RedisPersistence>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisPersistence>());
        services.Replace(ServiceDescriptor.Singleton<IStorage, RedisStorage>());
        services.Replace(ServiceDescriptor.Singleton<IQuestionLog, RedisQuestionLog>());
        // A question offered on one instance must be found by the "Ja" on another; Redis forgets it as the in-memory store does.
        services.Replace(ServiceDescriptor.Singleton(sp => new PendingQuestions(ActivatorUtilities.CreateInstance<RedisStorage>(sp))));
        services.TryAddSingleton<RedisDirectLineConversationStore>();
        services.Replace(ServiceDescriptor.Singleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<RedisDirectLineConversationStore>()));
        // A client's Direct Line calls and a conversation's streams count on every instance together.
        services.Replace(ServiceDescriptor.Singleton<IDirectLineRateLimitPartitions, RedisDirectLineRateLimitPartitions>());
        services.Replace(ServiceDescriptor.Singleton<IDirectLineStreamSlots, RedisDirectLineStreamSlots>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
