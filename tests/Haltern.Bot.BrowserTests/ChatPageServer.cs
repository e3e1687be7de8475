using Haltern.Bot.Tests.Infrastructure;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>
/// The real bot (the tests' one host, <see cref="BotApplicationFactory"/>) on a real Kestrel (127.0.0.1, a free port), two city websites on other origins (one in
/// <c>WebChat:AllowedOrigins</c>, one not) and Debian's Chromium driven by Playwright, shared by the browser tests of
/// one class.
/// </summary>
public class ChatPageServer : IAsyncLifetime
{
    /// <summary>Debian's Chromium; .ci/run installs it (apt-get install -y chromium).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium floods the closed network with refused connections.
    // Playwright switches Chromium's third-party storage partitioning off (its --disable-features list), and a
    // cross-site frame then gets no storage at all; the widget's frame on a city's site is such a frame. Chromium
    // keeps the last value of a switch, so this list replaces Playwright's: the browser partitions storage as
    // Chromium ships it, and the features that would reach the network stay off.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-features=Translate,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,MediaRouter,DialMediaRouteProvider,HttpsUpgrades,LensOverlay",
    ];

    private BotApplicationFactory _factory = null!;
    private IPlaywright? _playwright;

    /// <summary>The Direct Line's clock (tokens, idle expiry, keep-alives), not the whole app's; it starts at the real time.</summary>
    public FakeTimeProvider Time => _factory.DirectLineTime;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>More settings for the bot, for a fixture that needs another configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>The city's website, listed in <c>WebChat:AllowedOrigins</c>.</summary>
    public CitySite City { get; private set; } = null!;

    /// <summary>Another site with the same script tag, not listed.</summary>
    public CitySite Foreign { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are kept: TestResults/browser at the repository root.</summary>
    public static string ArtefactDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Haltern.Bot.sln")))
            {
                directory = directory.Parent;
            }

            var path = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", "browser");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: run 'apt-get install -y chromium' (.ci/run does).");
        }

        City = await CitySite.StartAsync();
        Foreign = await CitySite.StartAsync();
        var settings = new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = City.OriginText };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _factory = new BotApplicationFactory(settings: settings, directLineStart: DateTimeOffset.UtcNow);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(addresses.Addresses.First());
        City.Bot = BaseAddress;
        Foreign.Bot = BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (City is not null)
        {
            await City.DisposeAsync();
        }

        if (Foreign is not null)
        {
            await Foreign.DisposeAsync();
        }
    }
}
