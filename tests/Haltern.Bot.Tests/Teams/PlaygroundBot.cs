using System.Net;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// The real Microsoft 365 Agents Playground in Teams mode (<see cref="AgentsPlayground"/>) in front of the bot on
/// Kestrel at 127.0.0.1 (the one test host, <see cref="BotApplicationFactory"/>: real assistant, the repository's
/// knowledge). The playground's tenant is the staff tenant; the playground sends no channel tokens, hence the
/// test switch that lets staff in without authentication.
/// </summary>
internal sealed class PlaygroundBot : IAsyncDisposable
{
    /// <summary>The tenant the playground puts in every activity.</summary>
    public const string PlaygroundTenant = "00000000-0000-0000-0000-0000000000001";

    private PlaygroundBot(BotApplicationFactory bot, AgentsPlayground playground)
    {
        Bot = bot;
        Playground = playground;
    }

    public BotApplicationFactory Bot { get; }

    public AgentsPlayground Playground { get; }

    /// <summary>Starts the bot with <paramref name="settings"/> beside the staff settings, then the playground in front of it.</summary>
    public static async Task<PlaygroundBot> StartAsync(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Teams:StaffTenantIds:0"] = PlaygroundTenant,
            ["Teams:AllowStaffWithoutAuthentication"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var bot = new BotApplicationFactory(settings: all);
        try
        {
            bot.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            bot.StartServer();
            var endpoint = new Uri(bot.ClientOptions.BaseAddress, "/api/messages");
            var playground = await AgentsPlayground.StartAsync(endpoint.ToString(), CancellationToken.None);
            Assert.Equal(PlaygroundTenant, playground.TenantId);
            return new PlaygroundBot(bot, playground);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
