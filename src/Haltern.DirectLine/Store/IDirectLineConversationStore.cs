namespace Haltern.DirectLine;

/// <summary>
/// Where the open Direct Line conversations live: at most <c>MaxConversations</c>, at most
/// <c>MaxConversationsPerClient</c> per client address, each forgotten after <c>ConversationIdleTimeout</c> without a
/// call, or after <c>UnusedConversationTimeout</c> when the client never used it (checked on every access and by
/// <see cref="DirectLineExpiryService"/>). <see cref="InMemoryDirectLineConversationStore"/> keeps them in this process.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Open conversations right now.</summary>
    ValueTask<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The most conversations open at once (<c>DirectLine:MaxConversations</c>).</summary>
    int Capacity { get; }

    /// <summary>
    /// Starts a conversation for <paramref name="client"/>, or returns the open one with that id (not
    /// <see cref="DirectLineStart.Created"/>). No conversation when the store is full or the client holds its share
    /// (<see cref="DirectLineStart.Refusal"/> says which). An empty <paramref name="client"/> (nobody to tell apart) is not capped.
    /// </summary>
    ValueTask<DirectLineStart> StartAsync(string conversationId, string userId, string client, CancellationToken cancellationToken);

    /// <summary>
    /// The open conversation with this id, marked as used now; null if unknown or expired. With
    /// <paramref name="byClient"/> the call counts as the client's use of it (a post, a poll, a stream, a reconnect):
    /// it then no longer expires early as unused.
    /// </summary>
    ValueTask<IDirectLineConversation?> FindAsync(string conversationId, bool byClient, CancellationToken cancellationToken);

    /// <summary>Removes every conversation idle for longer than the timeout; returns how many.</summary>
    ValueTask<int> RemoveExpiredAsync(CancellationToken cancellationToken);

    /// <summary>Ids of conversations that ended since the last call, for cleaning up what the bot kept for them.</summary>
    IReadOnlyList<string> TakeEnded();
}

/// <summary>What <see cref="IDirectLineConversationStore.StartAsync"/> did.</summary>
/// <param name="Conversation">The started or found conversation; null when refused.</param>
/// <param name="Created">True when the conversation is new.</param>
/// <param name="Refusal">Why no conversation was started.</param>
public sealed record DirectLineStart(IDirectLineConversation? Conversation, bool Created, StartRefusal Refusal);

/// <summary>Why <see cref="IDirectLineConversationStore.StartAsync"/> refused a conversation.</summary>
public enum StartRefusal
{
    None,

    /// <summary>Every slot is taken.</summary>
    StoreFull,

    /// <summary>The client already holds <c>MaxConversationsPerClient</c> open conversations.</summary>
    ClientFull,
}
