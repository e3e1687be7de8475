using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.DirectLine;

/// <summary>
/// The open Direct Line conversations, in memory: at most <c>MaxConversations</c>, at most
/// <c>MaxConversationsPerClient</c> per client address, each forgotten after <c>ConversationIdleTimeout</c> without a
/// call, or after <c>UnusedConversationTimeout</c> when the client never used it (checked on every access and by
/// <see cref="DirectLineExpiryService"/>).
/// </summary>
public sealed class DirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly object _startGate = new();
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineConversationStore(IOptions<DirectLineOptions> options, [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _time = time;
    }

    /// <summary>Open conversations right now.</summary>
    public int Count => _conversations.Count;

    /// <summary>The most conversations open at once (<c>DirectLine:MaxConversations</c>).</summary>
    public int Capacity => _options.MaxConversations;

    /// <summary>
    /// Starts a conversation for <paramref name="client"/>, or returns the open one with that id
    /// (<paramref name="created"/> false). Null when the store is full or the client holds its share
    /// (<paramref name="refusal"/> says which). An empty <paramref name="client"/> (nobody to tell apart) is not capped.
    /// </summary>
    public DirectLineConversation? Start(string conversationId, string userId, string client, out bool created, out StartRefusal refusal)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(client);
        created = false;
        refusal = StartRefusal.None;
        var existing = Find(conversationId);
        if (existing is not null)
        {
            return existing;
        }

        lock (_startGate)
        {
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                return existing;
            }

            var now = _time.GetUtcNow();
            if (client.Length > 0 && OpenFor(client, now) >= _options.MaxConversationsPerClient)
            {
                refusal = StartRefusal.ClientFull;
                return null;
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                RemoveExpired();
                if (_conversations.Count >= _options.MaxConversations)
                {
                    refusal = StartRefusal.StoreFull;
                    return null;
                }
            }

            var conversation = new DirectLineConversation(conversationId, userId, _options.MaxActivitiesPerConversation, _options.MaxConversationBytes, now, client);
            _conversations[conversationId] = conversation;
            created = true;
            return conversation;
        }
    }

    // Counted when a conversation starts (at most MaxConversations to look at): no second index to keep in step.
    private int OpenFor(string client, DateTimeOffset now)
    {
        var open = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (string.Equals(conversation.Client, client, StringComparison.Ordinal) && !IsExpired(conversation, now))
            {
                open++;
            }
        }

        return open;
    }

    /// <summary>
    /// The open conversation with this id, marked as used now; null if unknown or expired. With
    /// <paramref name="byClient"/> the call counts as the client's use of it (a post, a poll, a stream, a reconnect):
    /// it then no longer expires early as unused.
    /// </summary>
    public DirectLineConversation? Find(string conversationId, bool byClient = false)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        if (byClient)
        {
            conversation.MarkInUse();
        }

        return conversation;
    }

    /// <summary>Removes every conversation idle for longer than the timeout; returns how many.</summary>
    public int RemoveExpired()
    {
        var now = _time.GetUtcNow();
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation, now) && Remove(conversation))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Ids of conversations that ended since the last call, for cleaning up the bot's state.</summary>
    public IReadOnlyList<string> TakeEnded()
    {
        var ids = new List<string>();
        while (_ended.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        return ids;
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now)
    {
        var idle = now - conversation.LastUsed;
        return idle >= _options.ConversationIdleTimeout
            || (idle >= _options.UnusedConversationTimeout && !conversation.InUse);
    }

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        conversation.Dispose();
        _ended.Enqueue(conversation.Id);
        return true;
    }
}

/// <summary>Why <see cref="DirectLineConversationStore.Start"/> refused a conversation.</summary>
public enum StartRefusal
{
    None,

    /// <summary>Every slot is taken.</summary>
    StoreFull,

    /// <summary>The client already holds <c>MaxConversationsPerClient</c> open conversations.</summary>
    ClientFull,
}
