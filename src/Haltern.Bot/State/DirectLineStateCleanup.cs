using Haltern.DirectLine;
using Microsoft.Bot.Builder;

namespace Haltern.Bot.State;

/// <summary>Deletes the conversation memory of Direct Line conversations that ended: nothing stays behind them.</summary>
public sealed class DirectLineStateCleanup(IStorage storage) : IDirectLineConversationsEnded
{
    /// <inheritdoc />
    public Task OnEndedAsync(IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var keys = conversationIds.Select(id => ConversationMemoryStore.Key(DirectLineBotAdapter.ChannelId, id)).ToArray();
        return storage.DeleteAsync(keys, cancellationToken);
    }
}
