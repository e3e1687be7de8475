using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// The open Direct Line conversations in this process's memory, with the limits <see cref="IDirectLineConversationStore"/>
/// names; they do not survive a restart.
/// </summary>
public sealed class InMemoryDirectLineConversationStore : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly object _startGate = new();
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public InMemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _time = time;
    }

    /// <summary>Open conversations right now.</summary>
    public int Count => _conversations.Count;

    /// <inheritdoc />
    public ValueTask<int> CountAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Count);

    /// <inheritdoc />
    public ValueTask<DirectLineStart> StartAsync(string conversationId, string userId, string client, CancellationToken cancellationToken)
    {
        var conversation = Start(conversationId, userId, client, out var created, out var refusal);
        return ValueTask.FromResult(new DirectLineStart(conversation, created, refusal));
    }

    /// <inheritdoc />
    public ValueTask<IDirectLineConversation?> FindAsync(string conversationId, bool byClient, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IDirectLineConversation?>(Find(conversationId, byClient));

    /// <inheritdoc />
    public ValueTask<int> RemoveExpiredAsync(CancellationToken cancellationToken) => ValueTask.FromResult(RemoveExpired());

    /// <inheritdoc />
    public int Capacity => _options.MaxConversations;

    /// <summary>As <see cref="StartAsync"/>, in this process.</summary>
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

    /// <summary>As <see cref="FindAsync"/>, in this process.</summary>
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

    /// <summary>As <see cref="RemoveExpiredAsync"/>, in this process.</summary>
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

    /// <inheritdoc />
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
