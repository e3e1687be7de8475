using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>Calls to the built-in Direct Line of a <see cref="BotApplicationFactory"/> host, as a Direct Line client makes them.</summary>
public static class DirectLineCalls
{
    public const string BaseUrl = "/v3/directline";

    public static HttpClient Client(this BotApplicationFactory host, string? bearer)
    {
        ArgumentNullException.ThrowIfNull(host);
        var client = host.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Starts a conversation with the secret and returns the answer (conversationId, token, streamUrl).</summary>
    public static async Task<JsonObject> StartAsync(this BotApplicationFactory host, string? bearer = BotApplicationFactory.DirectLineSecret)
    {
        using var client = host.Client(bearer);
        using var response = await client.PostAsync($"{BaseUrl}/conversations", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> GetActivitiesAsync(this BotApplicationFactory host, string bearer, string conversationId, string? watermark = null)
    {
        using var client = host.Client(bearer);
        var url = $"{BaseUrl}/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}");
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public static async Task<HttpResponseMessage> PostActivityAsync(this BotApplicationFactory host, string bearer, string conversationId, string json)
    {
        using var client = host.Client(bearer);
        return await client.PostAsync(
            $"{BaseUrl}/conversations/{conversationId}/activities",
            new StringContent(json, Encoding.UTF8, "application/json"));
    }

    public static string Message(string text, string clientActivityId = "c1") =>
        new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "de-DE",
            ["from"] = new JsonObject { ["id"] = "someone", ["name"] = "Bürgerin" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        }.ToJsonString();

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
