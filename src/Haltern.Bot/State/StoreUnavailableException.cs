namespace Haltern.Bot.State;

/// <summary>
/// The shared store (Redis) could not be reached in time. The host answers the request with 503 and
/// <c>Retry-After</c>: the client's request was fine, it can be tried again.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string reason, Exception? inner = null, TimeSpan? retryAfter = null)
        : base("The shared store is unavailable: " + reason, inner)
    {
        Reason = reason;
        RetryAfter = retryAfter ?? TimeSpan.FromSeconds(5);
    }

    /// <summary>How long a client is asked to wait before it tries again.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whole seconds of <see cref="RetryAfter"/>, at least one, for the <c>Retry-After</c> header.</summary>
    public string RetryAfterSeconds =>
        Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why, in a few words fit for a log line or the readiness report (no host names, no secrets).</summary>
    public string Reason { get; }

    /// <summary>The exception or one it wraps, if any is a <see cref="StoreUnavailableException"/>.</summary>
    public static StoreUnavailableException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StoreUnavailableException unavailable)
            {
                return unavailable;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
            {
                return Find(aggregate.InnerExceptions[0]);
            }
        }

        return null;
    }
}
