using System.Net;

namespace Haltern.Bot.Tests.Redis;

/// <summary>A citizen's requests count against one limit, whichever instance the load balancer sends them to.</summary>
public sealed class SharedRateLimitTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_citizen_over_the_limit_on_two_instances_together_gets_429_while_another_citizen_is_served()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoInstances.CitizenBurst; i++)
        {
            statuses.Add(await LiveAsync(i % 2 == 0 ? instances.A : instances.B, "203.0.113.7"));
        }

        using var limited = await RequestAsync(instances.A, "203.0.113.7");
        var other = await LiveAsync(instances.B, "198.51.100.20");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status)); // each instance saw only half the burst
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing");
        Assert.Equal(HttpStatusCode.OK, other);
    }

    private static async Task<HttpStatusCode> LiveAsync(TwoInstances.Instance instance, string citizen)
    {
        using var response = await RequestAsync(instance, citizen);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> RequestAsync(TwoInstances.Instance instance, string citizen)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-For", citizen);
        return instance.Http.SendAsync(request);
    }
}
