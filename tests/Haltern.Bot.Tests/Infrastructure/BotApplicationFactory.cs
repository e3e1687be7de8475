using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>
/// The real web host in memory (real adapter, real index, real HTTP pipeline), on a knowledge folder and a
/// clock the test chooses.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _knowledgePath;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public BotApplicationFactory(string? knowledgePath = null, FakeTimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _knowledgePath = knowledgePath ?? RepositoryPaths.Knowledge;
        Time = time;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public FakeTimeProvider? Time { get; }

    private readonly string _staffData = Path.Combine(Path.GetTempPath(), "haltern-staff-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_staffData))
        {
            Directory.Delete(_staffData, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Knowledge:Path", _knowledgePath);
        // The staff question log of a test run goes to a folder of its own, not into the source tree.
        builder.UseSetting("Staff:DataPath", _staffData);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        }
    }
}
