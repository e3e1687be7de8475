using Haltern.Bot.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.State;

/// <summary>Wires the conversation store.</summary>
public static class ConversationStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> behind conversation state, chosen by <c>ConversationStore:Store</c>:
    /// the expiring, bounded in-memory store by default; with <c>Redis</c>, the shared Redis; with <c>Custom</c>, the
    /// <see cref="IStorage"/> the host registered before the bot is kept.
    /// </summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConversationStoreOptions>()
            .BindConfiguration(ConversationStoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ExpiringMemoryStorage>();

        var store = configuration[$"{ConversationStoreOptions.Section}:{nameof(ConversationStoreOptions.Store)}"];
        if (IsRedis(configuration))
        {
            services.AddRedisStore();
        }
        else if (!string.Equals(store, "Custom", StringComparison.OrdinalIgnoreCase))
        {
            services.Replace(ServiceDescriptor.Singleton<IStorage>(sp => sp.GetRequiredService<ExpiringMemoryStorage>()));
        }

        return services;
    }

    /// <summary>Whether <c>ConversationStore:Store</c> chooses Redis, the store several instances share.</summary>
    public static bool IsRedis(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(
            configuration[$"{ConversationStoreOptions.Section}:{nameof(ConversationStoreOptions.Store)}"],
            "Redis",
            StringComparison.OrdinalIgnoreCase);
    }
}
