using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>Calls to the bot's <c>/api/messages</c> as a channel makes them, and the activities they carry.</summary>
public static class ApiMessages
{
    /// <summary>POSTs JSON to <c>/api/messages</c>.</summary>
    public static async Task<HttpResponseMessage> PostActivityAsync(this BotApplicationFactory host, HttpClient client, string json, string? bearer = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A message activity as a channel sends it, replies in the response body unless told otherwise.</summary>
    public static JObject Message(string text, string conversationId = "conv-1", string serviceUrl = "http://127.0.0.1:9/", bool expectReplies = true)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-06-03T10:00:00Z",
            ["channelId"] = "test",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JObject { ["id"] = "user-1", ["name"] = "Citizen", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "Haltern.Bot", ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = conversationId },
            ["locale"] = "de-DE",
            ["text"] = text,
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>The replies of an expectReplies response.</summary>
    public static async Task<JArray> RepliesAsync(HttpResponseMessage response)
    {
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return (JArray)body["activities"]!;
    }
}
