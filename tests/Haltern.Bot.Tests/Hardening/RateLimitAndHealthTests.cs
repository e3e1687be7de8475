using System.Net;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Hardening;

/// <summary>Per-client rate limits (429 with Retry-After) and health endpoints without internal details.</summary>
public sealed class RateLimitAndHealthTests
{
    [Fact]
    public async Task AClientOverItsLimit_Gets429WithRetryAfter_OnMessagesAndHealth()
    {
        using var host = new HardeningHost(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerMinute"] = "6",
            ["RateLimiting:Burst"] = "3",
        });
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await host.PostActivityAsync(client, HardeningHost.Message("Hallo", $"rl-{i}").ToString());
            statuses.Add(response.StatusCode);
        }

        using var limited = await host.PostActivityAsync(client, HardeningHost.Message("Hallo", "rl-last").ToString());
        using var health = await client.GetAsync("/health/live");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing");
        Assert.Equal(HttpStatusCode.TooManyRequests, health.StatusCode);
    }

    [Fact]
    public async Task Health_LiveAndReady_AnswerWithStatusOnly()
    {
        using var host = new HardeningHost();
        using var client = host.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
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
