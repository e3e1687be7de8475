using System.ComponentModel.DataAnnotations;

namespace Haltern.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 server (section <c>DirectLine</c>): who may call it and how much it keeps.
/// Every limit exists so that no client can exhaust the server's memory.
/// </summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret a trusted server sends as <c>Authorization: Bearer</c>. Empty: only tokens are
    /// accepted (the page gets its token from the bot, so the city's own page needs no secret).
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>
    /// Key that signs tokens (at least 32 characters). Empty: a random key per process, so tokens do not survive
    /// a restart (neither do the conversations, which live in memory).
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>How long a token is valid; <c>tokens/refresh</c> extends it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation and its activities are forgotten after this long without a call.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Open conversations at most; the next start gets 429 with <c>Retry-After</c>.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>
    /// Open conversations one client (IP address; IPv6 by /64) may hold at once, well below
    /// <see cref="MaxConversations"/>, so that one client cannot take every slot; the next start gets 429.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversationsPerClient { get; set; } = 10;

    /// <summary>
    /// A conversation the client never called on after starting it (no post, poll, stream or reconnect) is forgotten after this long,
    /// sooner than <see cref="ConversationIdleTimeout"/>: started and abandoned slots come free quickly.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan UnusedConversationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities kept per conversation; older ones are dropped first.</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>
    /// Bytes of activity JSON kept per conversation; older activities are dropped first. With the defaults the
    /// activities of all conversations together stay under 1,000 × 128 KiB = 125 MiB.
    /// </summary>
    [Range(4 * 1024, 64 * 1024 * 1024)]
    public int MaxConversationBytes { get; set; } = 128 * 1024;

    /// <summary>Largest request body in bytes; larger ones get 413.</summary>
    [Range(1_024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 32 * 1024;

    /// <summary>WebSocket streams open at once on one conversation.</summary>
    [Range(1, 16)]
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>Requests one client (IP address) may make per <see cref="RateLimitWindow"/>; the next get 429.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The window of <see cref="RateLimitPermits"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An empty WebSocket frame is sent this often so proxies keep the stream open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The bot's id and name in activities.</summary>
    [Required, MaxLength(100)]
    public string BotId { get; set; } = "haltern-bot";

    [Required, MaxLength(100)]
    public string BotName { get; set; } = "Haltern.Bot";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Secret.Length is > 0 and < 16)
        {
            yield return new ValidationResult("DirectLine:Secret must be empty or at least 16 characters.", [nameof(Secret)]);
        }

        if (MaxConversationBytes < 2 * MaxRequestBodyBytes)
        {
            yield return new ValidationResult("DirectLine:MaxConversationBytes must hold at least two of the largest requests.", [nameof(MaxConversationBytes)]);
        }

        if (TokenSigningKey.Length is > 0 and < 32)
        {
            yield return new ValidationResult("DirectLine:TokenSigningKey must be empty or at least 32 characters.", [nameof(TokenSigningKey)]);
        }
    }
}
