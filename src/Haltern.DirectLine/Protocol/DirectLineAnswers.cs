using System.Globalization;
using Newtonsoft.Json;

namespace Haltern.DirectLine;

/// <summary>The answer of <c>tokens/generate</c> and <c>tokens/refresh</c>.</summary>
public sealed record TokenAnswer(
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("token")] string Token,
    [property: JsonProperty("expires_in")] int ExpiresIn);

/// <summary>The answer of starting or reconnecting to a conversation: its token and WebSocket URL.</summary>
public sealed record ConversationAnswer(
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("token")] string Token,
    [property: JsonProperty("expires_in")] int ExpiresIn,
    [property: JsonProperty("streamUrl")] string StreamUrl);

/// <summary>The answer of posting an activity: the id it got in the conversation.</summary>
public sealed record ActivityIdAnswer([property: JsonProperty("id")] string Id);

/// <summary>Watermarks are opaque to clients; here they are sequence numbers.</summary>
internal static class DirectLineWatermark
{
    /// <summary>Reads a watermark this server gave out; empty or "-" means "from the start".</summary>
    public static bool TryParse(string? value, out long watermark)
    {
        watermark = 0;
        if (string.IsNullOrEmpty(value) || value == "-")
        {
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }
}
