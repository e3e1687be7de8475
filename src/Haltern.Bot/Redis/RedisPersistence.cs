using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// Whether Redis keeps what the bot stores in memory only, as <c>knowledge/services/datenschutz.md</c> tells citizens:
/// asked once the connection is up (<c>CONFIG GET save</c> and <c>appendonly</c>), at start and, when Redis was not
/// reachable then, on the next readiness check. A Redis that writes to disk, or one that does not let the bot ask,
/// makes the <c>redis</c> readiness check Degraded with the reason and is logged once.
/// </summary>
public sealed class RedisPersistence(RedisConnection redis, ILogger<RedisPersistence> logger) : IHostedService
{
    /// <summary>The readiness reason when Redis writes snapshots or an append-only file.</summary>
    public const string WritesToDisk = "Redis writes to disk: set save \"\" and appendonly no";

    /// <summary>The readiness reason when Redis refuses <c>CONFIG GET</c> (an ACL or a renamed command).</summary>
    public const string NotPermitted = "Redis does not permit CONFIG GET: cannot check that it keeps data in memory only";

    /// <summary>The readiness reason when <c>CONFIG GET</c> names no <c>save</c> or <c>appendonly</c> setting.</summary>
    public const string NotReported = "Redis did not report save and appendonly: cannot check that it keeps data in memory only";

    private readonly SemaphoreSlim _asking = new(1, 1);
    private Verdict? _verdict;

    /// <summary>Why Redis may not be used as the privacy statement needs; null when it keeps data in memory only or was not asked yet.</summary>
    public string? Problem => _verdict?.Problem;

    /// <summary>Asks Redis unless it has answered before; a Redis that cannot be reached now is asked next time.</summary>
    public async Task<string?> CheckAsync()
    {
        if (_verdict is { } known)
        {
            return known.Problem;
        }

        await _asking.WaitAsync();
        try
        {
            if (_verdict is null && redis.IsConnected)
            {
                _verdict = await AskAsync();
                if (_verdict?.Problem is { } problem)
                {
                    logger.LogWarning("Redis is not memory-only as the privacy statement says: {Problem}", problem);
                }
            }

            return _verdict?.Problem;
        }
        finally
        {
            _asking.Release();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken) => await CheckAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<Verdict?> AskAsync()
    {
        try
        {
            var save = await ConfigGetAsync("save");
            var appendOnly = await ConfigGetAsync("appendonly");
            if (save is null || appendOnly is null)
            {
                return new Verdict(NotReported);
            }

            var persists = save.Trim().Length > 0 || !string.Equals(appendOnly, "no", StringComparison.OrdinalIgnoreCase);
            return new Verdict(persists ? WritesToDisk : null);
        }
        catch (RedisServerException)
        {
            return new Verdict(NotPermitted);
        }
        catch (Exception exception) when (exception is Haltern.Bot.State.StoreUnavailableException || RedisConnection.Unavailable(exception) is not null)
        {
            // Lost between the connection check and the question: ask again on the next readiness check.
            return null;
        }
    }

    // CONFIG GET answers a flat list of name and value; the value of a setting that does not exist is missing.
    private async Task<string?> ConfigGetAsync(string name)
    {
        var answer = await redis.Database.ExecuteAsync("CONFIG", "GET", name);
        var items = (RedisResult[]?)answer;
        return items is { Length: >= 2 } ? (string?)items[1] : null;
    }

    private sealed record Verdict(string? Problem);
}
