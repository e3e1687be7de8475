using Haltern.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>
/// The one in-memory host of the tests: the real web host (<see cref="Program"/>: real adapter, real index, real
/// HTTP pipeline) on a knowledge folder, settings, environment and test services the test chooses. Every log entry
/// is captured (<see cref="Logs"/>), the public rate limits are generous unless a test sets them, the built-in
/// Direct Line has the secret <see cref="DirectLineSecret"/> and a clock of its own (<see cref="DirectLineTime"/>),
/// and the staff question log goes to a temporary folder (<see cref="StaffDataPath"/>).
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>The Direct Line secret of the test host, unless the settings say otherwise.</summary>
    public const string DirectLineSecret = "test-secret-0123456789";

    private readonly string _knowledgePath;
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>The host on the shipped knowledge, with the defaults above.</summary>
    public BotApplicationFactory()
        : this(knowledgePath: null)
    {
    }

    /// <summary>A host with the test's knowledge folder, clock, settings, environment or services.</summary>
    /// <remarks>Internal: a class fixture may have one public constructor only.</remarks>
    internal BotApplicationFactory(
        string? knowledgePath = null,
        FakeTimeProvider? time = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        string environment = "Development",
        Action<IServiceCollection>? services = null,
        DateTimeOffset? directLineStart = null)
    {
        DirectLineTime = new FakeTimeProvider(directLineStart ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        _knowledgePath = knowledgePath ?? RepositoryPaths.Knowledge;
        Time = time;
        _environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerMinute"] = "100000000",
            ["RateLimiting:Burst"] = "100000000",
            ["DirectLine:Secret"] = DirectLineSecret,
            // The staff question log of a test run goes to a folder of its own, not into the source tree.
            ["Staff:DataPath"] = StaffDataPath,
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    /// <summary>The whole app's clock, when the test gave one.</summary>
    public FakeTimeProvider? Time { get; }

    /// <summary>Direct Line's own clock (tokens, idle expiry, keep-alives), so a test can move it alone.</summary>
    public FakeTimeProvider DirectLineTime { get; }

    /// <summary>Every log entry the host wrote, at every level its filters let through.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Where the staff question log of this host goes; deleted with the host.</summary>
    public string StaffDataPath { get; } = Path.Combine(Path.GetTempPath(), "haltern-staff-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Knowledge:Path", _knowledgePath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(DirectLineExtensions.ClockKey, DirectLineTime);
            if (Time is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            }

            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(StaffDataPath))
        {
            Directory.Delete(StaffDataPath, recursive: true);
        }
    }
}
