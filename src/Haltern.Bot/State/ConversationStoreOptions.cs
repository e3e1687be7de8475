using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.State;

/// <summary>Configuration section <c>ConversationStore</c>: where conversation state lives and how long.</summary>
public sealed class ConversationStoreOptions
{
    public const string Section = "ConversationStore";

    /// <summary>
    /// <c>Memory</c> (default): in-process, expiring, bounded (<see cref="ExpiringMemoryStorage"/>).
    /// <c>Redis</c>: in the Redis named by <c>Redis:Configuration</c>, shared by several instances, with the same expiry
    /// (<see cref="Haltern.Bot.Redis.RedisStorage"/>); the built-in Direct Line, the rate limits and the staff
    /// question counts are kept there too.
    /// <c>Custom</c>: an <c>IStorage</c> registered by the host before the bot is added is kept (e.g. Azure Blob or
    /// Cosmos DB storage); the host is then responsible for its expiry.
    /// </summary>
    [Required]
    [RegularExpression("^(Memory|Redis|Custom)$")]
    public string Store { get; set; } = "Memory";

    /// <summary>A conversation's state is forgotten after this long without a turn.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many entries are kept; beyond it the least recently used goes first.</summary>
    [Range(1, 10_000_000)]
    public int MaxEntries { get; set; } = 20_000;
}
