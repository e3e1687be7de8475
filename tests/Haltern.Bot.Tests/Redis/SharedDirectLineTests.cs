using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// The built-in Direct Line on two instances sharing Redis, as a load balancer without sticky sessions sends a web
/// chat's calls: whichever instance a call reaches knows the conversation, and a WebSocket on one instance gets the
/// replies the other produced.
/// </summary>
public sealed class SharedDirectLineTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Question = "Telefonnummer Bürgerbüro";
    private const string Number = "933-180";

    [Fact]
    public async Task A_conversation_started_on_A_is_posted_to_on_B_and_read_on_A()
    {
        var (id, token, _) = await StartAsync(instances.A);

        using var posted = await PostAsync(instances.B, id, token, Question);
        var read = await ActivitiesAsync(instances.A, id, token);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var activities = read["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var mine = Assert.Single(activities, a => (string?)a["text"] == Question);
        var reply = Assert.Single(activities, a => ((string?)a["text"] ?? string.Empty).Contains(Number, StringComparison.Ordinal));
        Assert.Equal((string)JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["id"]!, (string)mine["id"]!);
        Assert.True(Watermark(reply) > Watermark(mine), "the reply comes after the question");
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)read["watermark"]!);
    }

    [Fact]
    public async Task A_WebSocket_on_A_receives_the_reply_produced_on_B()
    {
        var (id, token, streamUrl) = await StartAsync(instances.A);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        using var posted = await PostAsync(instances.B, id, token, Question);
        var received = await ReceiveUntilAsync(socket, Number);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(Number, received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_issued_by_A_is_accepted_by_B_and_an_unknown_conversation_is_404_on_both()
    {
        var (id, token, _) = await StartAsync(instances.A);

        using var onB = await SendAsync(instances.B, HttpMethod.Get, $"/v3/directline/conversations/{id}", token);
        using var unknown = await SendAsync(instances.B, HttpMethod.Get, "/v3/directline/conversations/unknown/activities", TwoInstances.DirectLineSecret);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<(string Id, string Token, string StreamUrl)> StartAsync(TwoInstances.Instance instance)
    {
        using var started = await SendAsync(instance, HttpMethod.Post, "/v3/directline/conversations", TwoInstances.DirectLineSecret);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var answer = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        return ((string)answer["conversationId"]!, (string)answer["token"]!, (string)answer["streamUrl"]!);
    }

    private static Task<HttpResponseMessage> PostAsync(TwoInstances.Instance instance, string id, string token, string text) =>
        SendAsync(instance, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token,
            new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "u" }, ["text"] = text }.ToJsonString());

    private static async Task<JsonObject> ActivitiesAsync(TwoInstances.Instance instance, string id, string token)
    {
        using var response = await SendAsync(instance, HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static Task<HttpResponseMessage> SendAsync(TwoInstances.Instance instance, HttpMethod method, string path, string credential, string? json = null) =>
        instance.DirectLineAsync(method, path, credential, json);

    private static long Watermark(JsonObject activity) => long.Parse(((string)activity["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (!text.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }

        return text.ToString();
    }
}
