using Microsoft.Bot.Schema;

namespace Haltern.DirectLine;

/// <summary>
/// One open Direct Line conversation as the endpoints see it: its activities in order, the watermark (the sequence
/// number of the last activity) and a wake-up for WebSocket streams. <see cref="DirectLineConversation"/> keeps them in
/// this process; a shared store keeps them where every instance reads them.
/// </summary>
public interface IDirectLineConversation
{
    /// <summary>The conversation id.</summary>
    string Id { get; }

    /// <summary>The citizen's id in this conversation (from the token, or made up at start).</summary>
    string UserId { get; }

    /// <summary>Cancelled when the conversation ends while a stream is open on it.</summary>
    CancellationToken Ended { get; }

    /// <summary>The watermark after the last activity.</summary>
    ValueTask<long> WatermarkAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity and returns its id (<c>{conversationId}|{sequence}</c>). An update (<paramref name="keepId"/>)
    /// keeps the id it carries, so a client replaces the earlier version; anything else gets a new id.
    /// </summary>
    ValueTask<string> AppendAsync(Activity activity, bool keepId, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> as an ActivitySet JSON document, and the watermark it carries.</summary>
    ValueTask<(string Json, long Next)> ReadActivitySetAsync(long watermark, CancellationToken cancellationToken);

    /// <summary>Completes when there is an activity after <paramref name="watermark"/>.</summary>
    Task WaitForActivityAfterAsync(long watermark, CancellationToken cancellationToken);
}
