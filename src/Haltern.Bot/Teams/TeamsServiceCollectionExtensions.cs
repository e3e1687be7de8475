using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace Haltern.Bot.Teams;

/// <summary>Wires the Teams conventions: options and the <see cref="TeamsMiddleware"/> the adapter runs.</summary>
public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsConversations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        services.AddSingleton<WelcomeOnce>();
        services.AddSingleton<TeamsMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsMiddleware>());
        return services;
    }
}
