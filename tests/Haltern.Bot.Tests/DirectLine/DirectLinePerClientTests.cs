using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.DirectLine;

/// <summary>
/// No lock-out by one client: the per-address cap on open conversations, the early expiry of conversations nobody
/// uses, and readiness that reports the saturation. Client addresses are given to the in-memory host per request
/// (<see cref="PeerHeader"/>), as Kestrel would take them from the connection.
/// </summary>
public sealed class DirectLinePerClientTests
{
    /// <summary>A test-only header the host turns into the connection's remote address, before any middleware runs.</summary>
    private const string PeerHeader = "X-Test-Peer";
    private const string Url = DirectLineCalls.BaseUrl;
    private const string Attacker = "203.0.113.7";
    private const string Citizen = "198.51.100.20";

    [Fact]
    public async Task One_address_opening_conversations_as_fast_as_it_can_does_not_stop_another_from_chatting()
    {
        await using var host = Host(new() { ["DirectLine:MaxConversations"] = "40", ["DirectLine:MaxConversationsPerClient"] = "5" });
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await ReadyAsync(host); // the host is built once, before the parallel requests (the factory builds it lazily)

        // Spoofed forwarding headers change nothing: no proxy is configured, so they are not believed.
        await Parallel.ForEachAsync(Enumerable.Range(0, 120), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var response = await StartAsync(host, Attacker, forwardedFor: $"10.0.{i % 250}.{i % 7}");
            statuses.Add(response.StatusCode);
        });
        using var citizenStart = await StartAsync(host, Citizen);
        var answer = await DirectLineCalls.ReadAsync(citizenStart);
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);
        using var post = await Client(host, token, Citizen).PostAsync($"{Url}/conversations/{id}/activities",
            new StringContent(DirectLineCalls.Message("Wann hat das Bürgerbüro geöffnet?"), System.Text.Encoding.UTF8, "application/json"));
        var activities = await host.GetActivitiesAsync(token, id);

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(115, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.Created, citizenStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(activities["activities"]!.AsArray(), a => (string?)a!["from"]!["role"] == "bot" && ((string?)a["text"])?.Contains("Bürgerbüro", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Conversations_nobody_uses_expire_early_and_free_the_address_while_used_ones_stay()
    {
        await using var host = Host(new() { ["DirectLine:MaxConversationsPerClient"] = "2", ["DirectLine:UnusedConversationTimeout"] = "00:02:00" });
        using var used = await StartAsync(host, Attacker);
        using var unused = await StartAsync(host, Attacker);
        var usedAnswer = await DirectLineCalls.ReadAsync(used);
        await host.GetActivitiesAsync((string)usedAnswer["token"]!, (string)usedAnswer["conversationId"]!); // a poll is use

        using var full = await StartAsync(host, Attacker);
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(3));
        using var freed = await StartAsync(host, Attacker);
        var stillThere = await host.GetActivitiesAsync((string)usedAnswer["token"]!, (string)usedAnswer["conversationId"]!);

        Assert.Equal(HttpStatusCode.TooManyRequests, full.StatusCode);
        Assert.Contains("TooManyConversationsFromClient", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, freed.StatusCode);
        Assert.NotEmpty(stillThere["activities"]!.AsArray());
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_address_has_its_own_share()
    {
        const string Proxy = "192.0.2.1";
        await using var host = Host(new() { ["DirectLine:MaxConversationsPerClient"] = "1", ["Proxy:KnownProxies:0"] = Proxy });

        using var first = await StartAsync(host, Proxy, forwardedFor: Attacker);
        using var second = await StartAsync(host, Proxy, forwardedFor: Attacker);
        using var other = await StartAsync(host, Proxy, forwardedFor: Citizen);
        using var spoofed = await StartAsync(host, "198.51.100.99", forwardedFor: "198.51.100.1"); // not the proxy: its header is ignored
        using var spoofedAgain = await StartAsync(host, "198.51.100.99", forwardedFor: "198.51.100.2");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.Created, spoofed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofedAgain.StatusCode);
    }

    [Fact]
    public async Task Readiness_says_degraded_from_80_percent_of_the_conversation_slots()
    {
        await using var host = Host(new() { ["DirectLine:MaxConversations"] = "10", ["DirectLine:MaxConversationsPerClient"] = "10" });
        for (var i = 0; i < 7; i++)
        {
            using var started = await StartAsync(host, Citizen);
        }

        var belowMark = await ReadyAsync(host);
        using (await StartAsync(host, Citizen))
        {
        }

        var atMark = await ReadyAsync(host);

        Assert.Equal("Healthy", (string?)belowMark["checks"]!["directLine"]!["status"]);
        Assert.Equal("Degraded", (string?)atMark["checks"]!["directLine"]!["status"]);
        Assert.Equal(8, (int)atMark["checks"]!["directLine"]!["open"]!);
        Assert.Equal("Degraded", (string?)atMark["status"]);
    }

    private static BotApplicationFactory Host(Dictionary<string, string?> settings) =>
        new(settings: settings, services: services => services.AddTransient<IStartupFilter, PeerFromHeader>());

    private static HttpClient Client(BotApplicationFactory host, string? bearer, string peer, string? forwardedFor = null)
    {
        var client = host.Client(bearer);
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    private static async Task<HttpResponseMessage> StartAsync(BotApplicationFactory host, string peer, string? forwardedFor = null)
    {
        using var client = Client(host, BotApplicationFactory.DirectLineSecret, peer, forwardedFor);
        return await client.PostAsync($"{Url}/conversations", null);
    }

    private static async Task<JsonObject> ReadyAsync(BotApplicationFactory host)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        return await DirectLineCalls.ReadAsync(response);
    }

    /// <summary>Sets the connection's remote address from <see cref="PeerHeader"/>, first in the pipeline.</summary>
    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader].ToString(), out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
