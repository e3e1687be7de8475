using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haltern.Eval;

/// <summary>Talks to /api/messages as the Emulator and the judge do, with <c>deliveryMode: expectReplies</c>.</summary>
public sealed class EmulatorClient
{
    private readonly HttpClient _http;
    private int _sequence;

    public EmulatorClient(HttpClient http, string? conversationId = null, string locale = "de-DE", string channelId = "emulator")
    {
        _http = http;
        ConversationId = conversationId ?? "conv-" + Guid.NewGuid().ToString("N");
        Locale = locale;
        ChannelId = channelId;
    }

    public string ConversationId { get; }
    public string Locale { get; }
    public string ChannelId { get; }

    /// <summary>Sends a message and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "act-" + Interlocked.Increment(ref _sequence),
            ["text"] = text,
            ["locale"] = Locale,
            ["channelId"] = ChannelId,
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = "user-1", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        };
        return await PostAsync(activity, cancellationToken);
    }

    /// <summary>Sends any activity and returns the replies in the response body.</summary>
    public async Task<IReadOnlyList<JsonObject>> PostAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("/api/messages", activity, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/messages answered {(int)response.StatusCode}: {body}");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        var activities = JsonNode.Parse(body)?["activities"]?.AsArray() ?? [];
        return activities.OfType<JsonObject>().ToArray();
    }

    /// <summary>What a citizen sees of a reply: its text, its cards' content and its suggested actions.</summary>
    public static string Visible(JsonObject reply)
    {
        var parts = new List<string?> { reply["text"]?.GetValue<string>() };
        if (reply["attachments"] is JsonArray attachments)
        {
            parts.AddRange(attachments.Select(a => a?["content"]?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        }

        if (reply["suggestedActions"]?["actions"] is JsonArray actions)
        {
            parts.AddRange(actions.Select(a => a?["title"]?.GetValue<string>()));
        }

        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
