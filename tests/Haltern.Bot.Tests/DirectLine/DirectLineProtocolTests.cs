using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.DirectLine;

/// <summary>Every Direct Line 3.0 call by polling, with the answers and errors a client relies on.</summary>
public sealed class DirectLineProtocolTests(BotApplicationFactory host) : IClassFixture<BotApplicationFactory>
{
    private const string Url = DirectLineCalls.BaseUrl;

    [Fact]
    public async Task Generate_token_with_secret_returns_token_for_a_new_conversation()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);

        using var response = await client.PostAsync($"{Url}/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await DirectLineCalls.ReadAsync(response);
        Assert.False(string.IsNullOrEmpty((string?)answer["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)answer["token"]));
        Assert.Equal(1800, (int)answer["expires_in"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret-0123456789")]
    [InlineData("not.a-token")]
    public async Task Generate_token_without_the_secret_is_401(string? bearer)
    {
        using var client = host.Client(bearer);

        using var response = await client.PostAsync($"{Url}/tokens/generate", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", (string?)(await DirectLineCalls.ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task Generate_token_with_a_token_is_403()
    {
        var token = await GenerateTokenAsync();
        using var client = host.Client(token);

        using var response = await client.PostAsync($"{Url}/tokens/generate", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Generate_token_binds_the_user_id_from_the_body()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);
        using var generated = await client.PostAsync($"{Url}/tokens/generate",
            new StringContent("""{"user":{"id":"dl_citizen"}}""", Encoding.UTF8, "application/json"));
        var token = (string)(await DirectLineCalls.ReadAsync(generated))["token"]!;
        var conversation = await host.StartAsync(token);
        var id = (string)conversation["conversationId"]!;

        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Hallo"));
        var set = await host.GetActivitiesAsync(token, id);

        var echo = set["activities"]!.AsArray().Single(a => (string?)a!["from"]!["role"] == "user");
        Assert.Equal("dl_citizen", (string?)echo!["from"]!["id"]);
    }

    [Fact]
    public async Task Start_conversation_with_token_is_201_with_stream_url_and_the_bot_welcomes_once()
    {
        var token = await GenerateTokenAsync();

        var answer = await host.StartAsync(token);
        var id = (string)answer["conversationId"]!;
        var set = await host.GetActivitiesAsync(token, id);

        Assert.Equal(token, (string?)answer["token"]);
        Assert.StartsWith($"ws://localhost{Url}/conversations/{id}/stream?", (string)answer["streamUrl"]!, StringComparison.Ordinal);
        var activities = set["activities"]!.AsArray();
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", (string?)welcome!["from"]!["role"]);
        Assert.Equal("message", (string?)welcome["type"]);
        Assert.Equal("1", (string?)set["watermark"]);
    }

    [Fact]
    public async Task Start_conversation_again_with_the_same_token_is_200_and_does_not_welcome_twice()
    {
        var token = await GenerateTokenAsync();
        var first = await host.StartAsync(token);
        using var client = host.Client(token);

        using var again = await client.PostAsync($"{Url}/conversations", null);
        var set = await host.GetActivitiesAsync(token, (string)first["conversationId"]!);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(set["activities"]!.AsArray());
    }

    [Fact]
    public async Task Start_conversation_with_secret_issues_a_token_for_the_new_conversation()
    {
        var answer = await host.StartAsync();
        var id = (string)answer["conversationId"]!;

        var set = await host.GetActivitiesAsync((string)answer["token"]!, id);

        Assert.Single(set["activities"]!.AsArray());
    }

    [Fact]
    public async Task Post_activity_echoes_the_users_activity_with_id_and_client_activity_id_then_the_bots_reply()
    {
        var (id, token) = await StartWithTokenAsync();

        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Wie ist die Telefonnummer vom Bürgerbüro?", "client-42"));
        var postedId = (string)(await DirectLineCalls.ReadAsync(posted))["id"]!;
        var set = await host.GetActivitiesAsync(token, id, "1");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var activities = set["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(postedId, (string?)echo["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("Wie ist die Telefonnummer vom Bürgerbüro?", (string?)echo["text"]);
        var reply = activities[1]!;
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(postedId, (string?)reply["replyToId"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.Equal("3", (string?)set["watermark"]);
    }

    [Fact]
    public async Task Every_activity_carries_id_timestamp_conversation_channel_and_role()
    {
        var (id, token) = await StartWithTokenAsync();
        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Hallo"));

        var set = await host.GetActivitiesAsync(token, id);

        var activities = set["activities"]!.AsArray();
        Assert.Equal(3, activities.Count);
        Assert.All(activities, activity =>
        {
            Assert.False(string.IsNullOrEmpty((string?)activity!["id"]));
            Assert.False(string.IsNullOrEmpty((string?)activity["timestamp"]));
            Assert.Equal(id, (string?)activity["conversation"]!["id"]);
            Assert.Equal("directline", (string?)activity["channelId"]);
            Assert.Contains((string?)activity["from"]!["role"], new[] { "user", "bot" });
        });
        Assert.Equal(3, activities.Select(a => (string?)a!["id"]).Distinct().Count());
    }

    [Fact]
    public async Task Get_activities_with_the_latest_watermark_returns_nothing_new()
    {
        var (id, token) = await StartWithTokenAsync();

        var set = await host.GetActivitiesAsync(token, id, "1");

        Assert.Empty(set["activities"]!.AsArray());
        Assert.Equal("1", (string?)set["watermark"]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public async Task Get_activities_with_a_watermark_this_server_never_gave_is_400(string watermark)
    {
        var (id, token) = await StartWithTokenAsync();
        using var client = host.Client(token);

        using var response = await client.GetAsync($"{Url}/conversations/{id}/activities?watermark={watermark}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_of_another_conversation_is_403()
    {
        var (id, _) = await StartWithTokenAsync();
        var (_, otherToken) = await StartWithTokenAsync();
        using var client = host.Client(otherToken);

        using var read = await client.GetAsync($"{Url}/conversations/{id}/activities");
        using var post = await host.PostActivityAsync(otherToken, id, DirectLineCalls.Message("Hallo"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Tampered_token_is_401()
    {
        var (id, token) = await StartWithTokenAsync();
        var tampered = token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA");
        using var client = host.Client(tampered);

        using var response = await client.GetAsync($"{Url}/conversations/{id}/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_conversation_is_404()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);

        using var response = await client.GetAsync($"{Url}/conversations/nosuchconversation/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"conversationUpdate"}""")]
    [InlineData("""{"type":"invoke","name":"x"}""")]
    [InlineData("""{"text":"no type"}""")]
    public async Task PostActivity_NotAClientActivity_Is400(string body)
    {
        var (id, token) = await StartWithTokenAsync();

        using var response = await host.PostActivityAsync(token, id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await DirectLineCalls.ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task Post_activity_larger_than_the_limit_is_413()
    {
        var (id, token) = await StartWithTokenAsync();

        using var response = await host.PostActivityAsync(token, id, DirectLineCalls.Message(new string('x', 40 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_activity_hostile_text_gets_a_normal_reply()
    {
        var (id, token) = await StartWithTokenAsync();

        using var response = await host.PostActivityAsync(token, id, DirectLineCalls.Message("<script>alert(1)</script>'; DROP TABLE x; --\u0000"));
        var set = await host.GetActivitiesAsync(token, id, "2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bot", (string?)Assert.Single(set["activities"]!.AsArray())!["from"]!["role"]);
    }

    [Fact]
    public async Task Turns_run_the_bot_middleware_too_staff_commands_are_refused_on_the_website()
    {
        var (id, token) = await StartWithTokenAsync();

        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Statistik"));
        var set = await host.GetActivitiesAsync(token, id, "2");

        var reply = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Contains("Microsoft Teams", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_returns_a_stream_url_from_the_watermark()
    {
        var (id, token) = await StartWithTokenAsync();
        using var client = host.Client(token);

        using var response = await client.GetAsync($"{Url}/conversations/{id}?watermark=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await DirectLineCalls.ReadAsync(response);
        Assert.Equal(id, (string?)answer["conversationId"]);
        Assert.Contains("/stream?watermark=1&t=", (string)answer["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_to_an_unknown_conversation_is_404()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);

        using var response = await client.GetAsync($"{Url}/conversations/nosuchconversation?watermark=");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_token_with_token_returns_a_new_token_for_the_same_conversation()
    {
        var (id, token) = await StartWithTokenAsync();
        using var client = host.Client(token);

        using var response = await client.PostAsync($"{Url}/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await DirectLineCalls.ReadAsync(response);
        Assert.Equal(id, (string?)answer["conversationId"]);
        var refreshed = (string)answer["token"]!;
        Assert.Single((await host.GetActivitiesAsync(refreshed, id))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Refresh_token_with_the_secret_is_403()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);

        using var response = await client.PostAsync($"{Url}/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Bot_state_of_an_ended_conversation_is_deleted_by_sweep()
    {
        var (id, token) = await StartWithTokenAsync();
        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Hallo"));
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"directline/conversations/{id}";
        Assert.NotEmpty(await storage.ReadAsync([key]));

        // A separate fake clock would be cleaner; this host's clock is shared, so end the conversation directly.
        var store = host.Services.GetRequiredService<IDirectLineConversationStore>();
        var conversation = (await store.FindAsync(id, byClient: false, CancellationToken.None))!;
        var sweeper = host.Services.GetRequiredService<DirectLineExpiryService>();
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(31));
        await sweeper.SweepAsync(CancellationToken.None);

        Assert.True(conversation.Ended.IsCancellationRequested);
        Assert.Empty(await storage.ReadAsync([key]));
        Assert.Null(await store.FindAsync(id, byClient: false, CancellationToken.None));
    }

    private async Task<string> GenerateTokenAsync()
    {
        using var client = host.Client(BotApplicationFactory.DirectLineSecret);
        using var response = await client.PostAsync($"{Url}/tokens/generate", null);
        response.EnsureSuccessStatusCode();
        return (string)(await DirectLineCalls.ReadAsync(response))["token"]!;
    }

    private async Task<(string Id, string Token)> StartWithTokenAsync()
    {
        var token = await GenerateTokenAsync();
        var answer = await host.StartAsync(token);
        return ((string)answer["conversationId"]!, token);
    }
}
