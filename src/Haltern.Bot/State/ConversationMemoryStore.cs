using Haltern.Assistant.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.State;

/// <summary>
/// Keeps each conversation's <see cref="ConversationMemory"/> in the configured <see cref="IStorage"/> (the
/// expiring store by default), under the key the SDK's <c>ConversationState</c> uses:
/// <c>{channelId}/conversations/{conversationId}</c>.
/// </summary>
/// <remarks>
/// The memory is a handful of ids, read once and written once per turn. The SDK's <c>ConversationState</c> is
/// not used because it serializes the whole state several times per turn to see whether it changed and looks
/// itself up in the turn's culture-aware state dictionary each time; for a few ids that is most of the cost.
/// </remarks>
public sealed class ConversationMemoryStore
{
    private readonly IStorage _storage;

    public ConversationMemoryStore(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <summary>The memory of the turn's conversation: what was stored, or a new one.</summary>
    public async Task<ConversationMemory> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = Key(turnContext.Activity);
        var found = await _storage.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var value) ? Read(value) : new ConversationMemory();
    }

    /// <summary>Stores <paramref name="memory"/> as the turn's conversation's; its time in the store starts again.</summary>
    public Task SaveAsync(ITurnContext turnContext, ConversationMemory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(memory);
        return _storage.WriteAsync(new Dictionary<string, object>(1) { [Key(turnContext.Activity)] = memory }, cancellationToken);
    }

    /// <summary>The storage key of the activity's conversation (the SDK's <c>ConversationState</c> key).</summary>
    public static string Key(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("An activity without a channel or conversation id has no conversation to remember.");
        }

        return Key(channelId, conversationId);
    }

    /// <summary>The storage key of a conversation on a channel.</summary>
    public static string Key(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    // Something else under the key (a store shared with other code, an entry of an older shape): start afresh.
    private static ConversationMemory Read(object value)
    {
        try
        {
            return value switch
            {
                ConversationMemory memory => memory,
                JObject json => json.ToObject<ConversationMemory>() ?? new ConversationMemory(),
                _ => new ConversationMemory(),
            };
        }
        catch (JsonException)
        {
            return new ConversationMemory();
        }
    }
}
