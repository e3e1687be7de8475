using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.DirectLine;

/// <summary>
/// The open Direct Line conversations, in memory: at most <c>MaxConversations</c>, each forgotten after
/// <c>ConversationIdleTimeout</c> without a call (checked on every access and by <see cref="DirectLineExpiryService"/>).
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

    /// <summary>
    /// Starts a conversation, or returns the open one with that id (<paramref name="created"/> false).
    /// Null when the store is full.
    /// </summary>
    public DirectLineConversation? Start(string conversationId, string userId, out bool created)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        created = false;
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

            if (_conversations.Count >= _options.MaxConversations)
            {
                RemoveExpired();
                if (_conversations.Count >= _options.MaxConversations)
                {
                    return null;
                }
            }

            var conversation = new DirectLineConversation(conversationId, userId, _options.MaxActivitiesPerConversation, _options.MaxConversationBytes, _time.GetUtcNow());
            _conversations[conversationId] = conversation;
            created = true;
            return conversation;
        }
    }

    /// <summary>The open conversation with this id, marked as used now; null if unknown or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
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

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= _options.ConversationIdleTimeout;

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
