using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// The pending questions, one per conversation, gone <c>ConversationStore:TimeToLive</c> after the question and
/// deleted when read. By default in the process's expiring in-memory store (<see cref="ExpiringMemoryStorage"/>)
/// whatever store conversation state uses, so a question nobody agreed to keep never reaches a persistent store;
/// with <c>ConversationStore:Store=Redis</c> in the shared Redis (which is checked to keep data in memory only), so
/// that a "Ja" reaching another instance finds the question.
/// </summary>
public sealed class PendingQuestions
{
    private readonly IStorage _storage;

    /// <summary>Pending questions in <paramref name="storage"/>, which must expire its keys after <c>ConversationStore:TimeToLive</c>.</summary>
    public PendingQuestions(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <summary>Takes the conversation's pending question out of the store: whatever the citizen writes next, it is gone.</summary>
    public async Task<PendingQuestion?> TakeAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var key = Key(activity);
        var found = await _storage.ReadAsync([key], cancellationToken);
        if (!found.TryGetValue(key, out var value))
        {
            return null;
        }

        await _storage.DeleteAsync([key], cancellationToken);
        try
        {
            return (value as JObject)?.ToObject<PendingQuestion>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="question"/> as the conversation's pending question.</summary>
    public Task KeepAsync(IActivity activity, PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _storage.WriteAsync(new Dictionary<string, object>(1) { [Key(activity)] = question }, cancellationToken);
    }

    private static string Key(IActivity activity) => "consent/" + ConversationMemoryStore.Key(activity);
}
