using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>Per-client rate limits (429 with Retry-After) and health endpoints without internal details.</summary>
public sealed class RateLimitAndHealthTests
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_on_messages_and_health_while_other_clients_are_served()
    {
        using var host = new BotApplicationFactory(
            settings: new Dictionary<string, string?>
            {
                // One token a minute: a loaded machine may take many seconds for the first answers, and a token
                // that came back meanwhile would let the fourth request through.
                ["RateLimiting:PermitsPerMinute"] = "1",
                ["RateLimiting:Burst"] = "3",
            },
            services: services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, "203.0.113.7");
        using var otherClient = host.CreateClient();
        otherClient.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, "198.51.100.20");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await host.PostActivityAsync(client, ApiMessages.Message("Hallo", $"rl-{i}").ToString());
            statuses.Add(response.StatusCode);
        }

        using var limited = await host.PostActivityAsync(client, ApiMessages.Message("Hallo", "rl-last").ToString());
        using var health = await client.GetAsync("/health/live");
        using var other = await host.PostActivityAsync(otherClient, ApiMessages.Message("Hallo", "rl-other").ToString());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing");
        Assert.Equal(HttpStatusCode.TooManyRequests, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>Gives each in-process request the client address a test names, as Kestrel does from the socket.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task Health_live_and_ready_answer_with_status_only()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        using var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        for (var attempt = 0; ready.StatusCode != HttpStatusCode.OK && attempt < 300; attempt++)
        {
            // The host serves before its knowledge index is loaded; ready says so until it is.
            ready.Dispose();
            await Task.Delay(100);
            ready = await client.GetAsync("/health/ready");
        }

        using var readyResponse = ready;
        var liveBody = await live.Content.ReadAsStringAsync();
        var readyBody = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)JObject.Parse(readyBody)["status"]);
        Assert.Equal("Healthy", (string?)JObject.Parse(readyBody)["checks"]!["bot"]!["status"]);
        foreach (var body in new[] { liveBody, readyBody })
        {
            Assert.DoesNotContain("exception", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("/work", body, StringComparison.Ordinal);
            Assert.DoesNotContain("version", body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
