using Haltern.Assistant;
using Haltern.Bot.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// The real web host and SDK adapter (anonymous, as without MicrosoftAppId) with the <see cref="EchoAssistant"/>
/// in place of the domain, wrapped by the real question log in a temporary folder.
/// </summary>
internal sealed class TeamsBotFactory : WebApplicationFactory<Program>
{
    public const string StaffTenant = "11111111-2222-3333-4444-555555555555";

    private readonly bool _allowStaffWithoutAuthentication;

    public TeamsBotFactory(bool allowStaffWithoutAuthentication = true)
    {
        _allowStaffWithoutAuthentication = allowStaffWithoutAuthentication;
        DataPath = Path.Combine(Path.GetTempPath(), "haltern-teams-tests-" + Guid.NewGuid().ToString("N"));
    }

    public EchoAssistant Assistant { get; } = new();

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Teams:StaffTenantIds:0", StaffTenant);
        builder.UseSetting("Teams:AllowStaffWithoutAuthentication", _allowStaffWithoutAuthentication ? "true" : "false");
        builder.UseSetting("Staff:DataPath", DataPath);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICitizenAssistant>();
            services.AddSingleton<ICitizenAssistant>(sp => ActivatorUtilities.CreateInstance<RecordingCitizenAssistant>(sp, Assistant));
        });
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
