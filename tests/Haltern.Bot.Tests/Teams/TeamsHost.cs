using Haltern.Assistant;
using Haltern.Bot.Staff;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// The settings and test services of the Teams tests on the one test host (<see cref="BotApplicationFactory"/>):
/// the real web host and SDK adapter (anonymous, as without MicrosoftAppId) with an <see cref="EchoAssistant"/> in
/// place of the domain, wrapped by the real question log, and the city's staff tenant.
/// </summary>
internal static class TeamsHost
{
    public const string StaffTenant = "11111111-2222-3333-4444-555555555555";

    public static BotApplicationFactory Create(EchoAssistant assistant, bool allowStaffWithoutAuthentication = true) => new(
        settings: new Dictionary<string, string?>
        {
            ["Teams:StaffTenantIds:0"] = StaffTenant,
            ["Teams:AllowStaffWithoutAuthentication"] = allowStaffWithoutAuthentication ? "true" : "false",
        },
        services: services =>
        {
            services.RemoveAll<ICitizenAssistant>();
            services.AddSingleton<ICitizenAssistant>(sp => ActivatorUtilities.CreateInstance<RecordingCitizenAssistant>(sp, assistant));
        });
}
