using System.Net;
using System.Text.Json.Nodes;
using Haltern.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.DirectLine;

/// <summary>Expiry (on a fake clock) and the limits that keep the server's memory bounded.</summary>
public sealed class DirectLineLimitTests
{
    private const string Url = DirectLineCalls.BaseUrl;

    [Fact]
    public async Task Token_after_its_lifetime_is_403_and_cannot_be_refreshed()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:ConversationIdleTimeout"] = "02:00:00" });
        var answer = await host.StartAsync();
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);

        host.DirectLineTime.Advance(TimeSpan.FromMinutes(31));
        using var client = host.Client(token);
        using var read = await client.GetAsync($"{Url}/conversations/{id}/activities");
        using var refresh = await client.PostAsync($"{Url}/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Refreshed_token_outlives_the_old_one()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:ConversationIdleTimeout"] = "02:00:00", ["DirectLine:UnusedConversationTimeout"] = "02:00:00" });
        var answer = await host.StartAsync();
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);

        host.DirectLineTime.Advance(TimeSpan.FromMinutes(20));
        using var client = host.Client(token);
        using var refresh = await client.PostAsync($"{Url}/tokens/refresh", null);
        var refreshed = (string)(await DirectLineCalls.ReadAsync(refresh))["token"]!;
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(20));

        using var oldRead = await client.GetAsync($"{Url}/conversations/{id}/activities");
        var newRead = await host.GetActivitiesAsync(refreshed, id);

        Assert.Equal(HttpStatusCode.Forbidden, oldRead.StatusCode);
        Assert.Single(newRead["activities"]!.AsArray());
    }

    [Fact]
    public async Task Conversation_idle_longer_than_the_timeout_is_gone()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:ConversationIdleTimeout"] = "00:10:00", ["DirectLine:UnusedConversationTimeout"] = "00:10:00" });
        var answer = await host.StartAsync();
        var id = (string)answer["conversationId"]!;

        host.DirectLineTime.Advance(TimeSpan.FromMinutes(9));
        var stillThere = await host.GetActivitiesAsync(BotApplicationFactory.DirectLineSecret, id);
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(9)); // 9 minutes after the last call: kept alive by it
        var keptAlive = await host.GetActivitiesAsync(BotApplicationFactory.DirectLineSecret, id);
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(10));
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);
        using var gone = await client.GetAsync($"{Url}/conversations/{id}/activities");

        Assert.Single(stillThere["activities"]!.AsArray());
        Assert.Single(keptAlive["activities"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Expiry_sweep_removes_idle_conversations()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:ConversationIdleTimeout"] = "00:10:00" });
        await host.StartAsync();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IDirectLineConversationStore>();
        Assert.Equal(2, await store.CountAsync(CancellationToken.None));

        host.DirectLineTime.Advance(TimeSpan.FromMinutes(11));
        await host.Services.GetRequiredService<DirectLineExpiryService>().SweepAsync(CancellationToken.None);

        Assert.Equal(0, await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Open_conversations_are_bounded_the_next_start_is_429_with_retry_after()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:MaxConversations"] = "2" });
        await host.StartAsync();
        await host.StartAsync();
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);

        using var third = await client.PostAsync($"{Url}/conversations", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task Open_conversations_when_full_make_room_by_dropping_expired_ones()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>()
        {
            ["DirectLine:MaxConversations"] = "1",
            ["DirectLine:ConversationIdleTimeout"] = "00:10:00",
        });
        await host.StartAsync();
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(11));

        var second = await host.StartAsync();

        Assert.False(string.IsNullOrEmpty((string?)second["conversationId"]));
    }

    [Fact]
    public async Task Activities_per_conversation_are_bounded_oldest_dropped_first()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var answer = await host.StartAsync();
        var id = (string)answer["conversationId"]!;

        for (var i = 0; i < 8; i++)
        {
            using var posted = await host.PostActivityAsync(BotApplicationFactory.DirectLineSecret, id, DirectLineCalls.Message($"Frage {i}", $"c{i}"));
            posted.EnsureSuccessStatusCode();
        }

        var set = await host.GetActivitiesAsync(BotApplicationFactory.DirectLineSecret, id);

        var activities = set["activities"]!.AsArray();
        Assert.Equal(10, activities.Count);
        Assert.Equal("17", (string?)set["watermark"]); // welcome + 8 × (echo + reply)
        Assert.Equal("Frage 3", (string?)activities[0]!["text"]);
    }

    [Fact]
    public async Task Activity_bytes_per_conversation_are_bounded_oldest_dropped_first()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:MaxConversationBytes"] = "65536" });
        var answer = await host.StartAsync();
        var id = (string)answer["conversationId"]!;

        for (var i = 0; i < 3; i++)
        {
            using var posted = await host.PostActivityAsync(BotApplicationFactory.DirectLineSecret, id, DirectLineCalls.Message($"{i}{new string('x', 15_000)}", $"c{i}"));
            posted.EnsureSuccessStatusCode();
        }

        var set = await host.GetActivitiesAsync(BotApplicationFactory.DirectLineSecret, id);

        var activities = set["activities"]!.AsArray();
        Assert.InRange(activities.Sum(a => a!.ToJsonString().Length * 2), 1, 65536);
        Assert.True(activities.Count < 7, $"{activities.Count} activities kept");
        Assert.Equal("bot", (string?)activities[^1]!["from"]!["role"]);
        Assert.StartsWith("2", (string?)activities[^2]!["text"], StringComparison.Ordinal);
        Assert.Equal("7", (string?)set["watermark"]);
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_are_429_with_retry_after()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>()
        {
            ["DirectLine:RateLimitPermits"] = "3",
            ["DirectLine:RateLimitWindow"] = "00:01:00",
        });
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;

        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.PostAsync($"{Url}/tokens/generate", null);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyRequests", (string?)(await DirectLineCalls.ReadAsync(last))["error"]!["code"]);
        last.Dispose();
    }

    [Theory]
    [InlineData("DirectLine:Secret", "short")]
    [InlineData("DirectLine:TokenSigningKey", "too-short-key")]
    [InlineData("DirectLine:MaxConversations", "0")]
    [InlineData("DirectLine:MaxActivitiesPerConversation", "1")]
    [InlineData("DirectLine:TokenLifetime", "00:00:05")]
    [InlineData("DirectLine:MaxConversationBytes", "40000")]
    public void Invalid_options_stop_the_host_at_start(string key, string value)
    {
        using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { [key] = value });

        var exception = Record.Exception(() => host.CreateClient());

        Assert.IsType<OptionsValidationException>(exception?.GetBaseException() ?? exception);
    }

    [Fact]
    public async Task Token_signing_key_from_configuration_signs_tokens_that_another_host_with_the_same_key_accepts()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = new string('k', 40) };
        await using var first = new BotApplicationFactory(settings: settings);
        await using var second = new BotApplicationFactory(settings: settings);
        var token = first.Services.GetRequiredService<DirectLineTokenService>().Issue("conv", "dl_user");

        var check = second.Services.GetRequiredService<DirectLineTokenService>().Check(token, out var grant);

        Assert.Equal(CredentialCheck.Token, check);
        Assert.Equal("conv", grant!.ConversationId);
        Assert.Equal("dl_user", grant.UserId);
    }

    [Fact]
    public async Task Posted_activity_from_a_token_bound_user_cannot_pose_as_another_user()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);
        var body = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "Hallo",
            ["from"] = new JsonObject { ["id"] = "somebody-else", ["role"] = "bot" },
        }.ToJsonString();

        using var posted = await host.PostActivityAsync(token, id, body);
        var set = await host.GetActivitiesAsync(token, id, "1");

        var echo = set["activities"]!.AsArray()[0]!;
        Assert.NotEqual("somebody-else", (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
    }
}
