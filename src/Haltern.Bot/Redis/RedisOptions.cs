using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.Redis;

/// <summary>
/// Configuration section <c>Redis</c>: the Redis that several instances share when
/// <c>ConversationStore:Store</c> is <c>Redis</c>.
/// </summary>
public sealed class RedisOptions : IValidatableObject
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string: <c>host:port[,host:port…][,password=…][,ssl=true]…</c>. Required with
    /// <c>ConversationStore:Store=Redis</c>; it may hold a password, so it is never logged.
    /// </summary>
    public string Configuration { get; set; } = string.Empty;

    /// <summary>
    /// The longest a connection attempt or one command may take. A turn that needs Redis gets 503 after this long
    /// at the latest; while the connection is known to be down it gets 503 at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Put in front of every key, so that several bots (towns) can share one Redis without seeing each other's data.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.:-]{1,64}$")]
    public string KeyPrefix { get; set; } = "haltern:";

    /// <summary>What a client is told to wait (<c>Retry-After</c>) when a request fails because Redis is unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            yield return new ValidationResult(
                "ConversationStore:Store=Redis needs Redis:Configuration, the Redis to share (for example 'redis1:6379,redis2:6379').",
                [nameof(Configuration)]);
            yield break;
        }

        string? error = null;
        try
        {
            StackExchange.Redis.ConfigurationOptions.Parse(Configuration);
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult("Redis:Configuration is not a StackExchange.Redis configuration string: " + error, [nameof(Configuration)]);
        }
    }
}
