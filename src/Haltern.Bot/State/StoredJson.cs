using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.State;

/// <summary>
/// How the bot's <see cref="IStorage"/> implementations keep a value: a JSON snapshot (no type names, so nothing
/// stored can name a type to create) carrying its <see cref="IStoreItem.ETag"/>, under a hashed key.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 64,
    });

    /// <summary>A snapshot of <paramref name="value"/>, so later changes to the object do not reach the store.</summary>
    public static JObject Snapshot(object? value) => value is null ? new JObject() : JObject.FromObject(value, Serializer);

    /// <summary>The snapshot as compact text, with <paramref name="eTag"/> in it when there is one.</summary>
    public static string Text(JObject snapshot, string? eTag)
    {
        if (eTag is not null)
        {
            snapshot[nameof(IStoreItem.ETag)] = eTag;
        }

        return snapshot.ToString(Formatting.None);
    }

    /// <summary>
    /// The key as stored: a SHA-256 hash, because some channels build conversation ids from user ids and a store's
    /// keys are listed more readily than its values are read.
    /// </summary>
    public static string Hash(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
