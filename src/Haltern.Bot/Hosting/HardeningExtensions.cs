using Haltern.Bot.Security;
using Haltern.Bot.State;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Hosting;

/// <summary>
/// What makes the bot fit for the public internet, wired in one place: channel authentication that fails fast
/// with 401, the start-up refusal of anonymous Production, bounded and checked request bodies, expiring
/// conversation state, per-client rate limits, health endpoints, and logs that keep what citizens write out.
/// </summary>
public static class HardeningExtensions
{
    /// <summary>Registers the hardening. Call after the bot's own registrations (it replaces the adapter, authentication and store).</summary>
    public static IServiceCollection AddBotHardening(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotSecurityOptions>()
            .BindConfiguration(BotSecurityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<AnonymousModePolicy>();
        services.AddSingleton<IValidateOptions<BotSecurityOptions>>(sp => sp.GetRequiredService<AnonymousModePolicy>());

        services.AddHttpClient(GuardedBotFrameworkAuthentication.KeysHttpClientName);
        services.TryAddSingleton<ReusedClients>();
        services.Replace(ServiceDescriptor.Singleton<BotFrameworkAuthentication, GuardedBotFrameworkAuthentication>());

        services.TryAddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<BotSecurityOptions>>().Value;
            return new BotRequestReader(new ActivityRequestLimits(limits.MaxRequestBodyBytes, limits.MaxJsonDepth, limits.MaxIdLength));
        });
        // The adapter with the guarded HTTP entry point and the bot middleware (CloudAdapter's constructors are ambiguous for DI).
        services.Replace(ServiceDescriptor.Singleton<CloudAdapter>(sp => new HalternAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<HalternAdapter>>(),
            sp.GetRequiredService<BotRequestReader>(),
            sp.GetRequiredService<AnonymousModePolicy>(),
            sp.GetServices<Microsoft.Bot.Builder.IMiddleware>(),
            sp.GetRequiredService<ITurnFailedReply>())));

        services.AddConversationStore(configuration);
        services.AddProxyOptions();
        services.AddPublicRateLimiting();
        services.AddBotHealthChecks();
        services.AddLogging(logging => logging.AddPrivacyFilters());
        return services;
    }

    /// <summary>
    /// The hardening's middleware: the configured proxies' forwarded headers (so limits see each citizen's address),
    /// then the rate limiter. Call before the endpoints are mapped.
    /// </summary>
    public static IApplicationBuilder UseBotHardening(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseConfiguredProxies().UseRateLimiter();
    }

    /// <summary>
    /// Keeps message text, user names and user ids out of logs at Information and above: the SDK logs every activity
    /// it sends and the outgoing HTTP calls (with conversation ids in the URL) at Information.
    /// </summary>
    public static ILoggingBuilder AddPrivacyFilters(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        RedactCredentials(logging.Services);
        logging.AddFilter("Microsoft.Bot", LogLevel.Warning);
        logging.AddFilter(typeof(HalternAdapter).FullName, LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return logging;
    }

    /// <summary>
    /// Wraps every logging provider registered so far (console, debug, event source, …) in a
    /// <see cref="RedactingLoggerProvider"/>: whatever level is configured, no token reaches a log line. Request
    /// logging writes URLs with their query, and a Direct Line stream URL carries its token there.
    /// </summary>
    private static void RedactCredentials(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(ILoggerProvider) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => new RedactingLoggerProvider(descriptor switch
            {
                { ImplementationInstance: ILoggerProvider instance } => instance,
                { ImplementationFactory: { } factory } => (ILoggerProvider)factory(sp),
                _ => (ILoggerProvider)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!),
            }));
        }
    }
}
