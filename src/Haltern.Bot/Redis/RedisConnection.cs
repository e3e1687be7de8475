using Haltern.Bot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// The one connection to the shared Redis. It is opened when the host starts (<see cref="StartAsync"/>) and never
/// stops the start: unreachable, the bot serves what needs no Redis, readiness says why, and StackExchange.Redis
/// keeps reconnecting in the background. Commands are not queued while disconnected (<see cref="BacklogPolicy.FailFast"/>),
/// so a request that needs Redis fails at once instead of waiting in an unbounded queue.
/// </summary>
public sealed class RedisConnection : IHostedService, IAsyncDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly ILogger<RedisConnection> _logger;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;
    private IDatabase? _database;
    private volatile string? _failure = "not connected yet";

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var value = options.Value;
        _logger = logger;
        Prefix = value.KeyPrefix;
        Timeout = value.Timeout;
        RetryAfter = value.RetryAfter;
        var milliseconds = (int)Math.Ceiling(value.Timeout.TotalMilliseconds);
        _configuration = ConfigurationOptions.Parse(value.Configuration);
        _configuration.AbortOnConnectFail = false;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ConnectTimeout = milliseconds;
        _configuration.SyncTimeout = milliseconds;
        _configuration.AsyncTimeout = milliseconds;
        _configuration.ConnectRetry = 1;
        // Back within a second of Redis returning; the default backs off exponentially up to a minute.
        _configuration.ReconnectRetryPolicy = new LinearRetry(Math.Min(1000, milliseconds));
        _configuration.ClientName ??= "haltern-bot";
        // StackExchange.Redis refuses CONFIG without admin mode (a client-side guard only; Redis's own ACL decides);
        // RedisPersistence needs CONFIG GET to check that Redis keeps data in memory only. The bot sends no other admin command.
        _configuration.AllowAdmin = true;
    }

    /// <summary>Put in front of every key (<c>Redis:KeyPrefix</c>).</summary>
    public string Prefix { get; }

    /// <summary>The longest one command may take (<c>Redis:Timeout</c>).</summary>
    public TimeSpan Timeout { get; }

    /// <summary>What a client is told to wait when Redis is unavailable.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether a connection to Redis is up now.</summary>
    public bool IsConnected => _multiplexer?.IsConnected ?? false;

    /// <summary>Why Redis cannot be used now (no host names or secrets); null while connected.</summary>
    public string? Failure => IsConnected ? null : _failure;

    /// <summary>The key <paramref name="name"/> under <see cref="Prefix"/>.</summary>
    public RedisKey Key(string name) => Prefix + name;

    /// <summary>The database; throws <see cref="StoreUnavailableException"/> when Redis cannot be used now.</summary>
    public IDatabase Database => _database ?? throw new StoreUnavailableException(_failure ?? "not connected yet", retryAfter: RetryAfter);

    /// <summary>Publish and subscribe; throws <see cref="StoreUnavailableException"/> before the first connection attempt.</summary>
    public ISubscriber Subscriber => _multiplexer?.GetSubscriber() ?? throw new StoreUnavailableException(_failure ?? "not connected yet", retryAfter: RetryAfter);

    /// <summary>Connects; returns after the first attempt whether it succeeded or not.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_multiplexer is not null)
            {
                return;
            }

            var multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration);
            multiplexer.ConnectionFailed += (_, e) =>
            {
                _failure = Describe(e.FailureType);
                _logger.LogWarning("Redis connection lost ({FailureType}); requests that need it get 503 until it is back", e.FailureType);
            };
            multiplexer.ConnectionRestored += (_, e) =>
            {
                _failure = null;
                _logger.LogInformation("Redis connection restored ({ConnectionType})", e.ConnectionType);
            };
            _database = multiplexer.GetDatabase();
            _multiplexer = multiplexer;
            if (multiplexer.IsConnected)
            {
                _failure = null;
            }
            else
            {
                _failure = "not reachable";
                _logger.LogWarning("Redis is not reachable at start; the bot starts and keeps trying");
            }
        }
        finally
        {
            _connecting.Release();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.CloseAsync(allowCommandsToComplete: false);
            multiplexer.Dispose();
        }

        _connecting.Dispose();
    }

    /// <summary>Runs a Redis call and turns a connection, timeout or server failure into <see cref="StoreUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(Database);
        }
        catch (Exception exception) when (Unavailable(exception) is { } reason)
        {
            throw new StoreUnavailableException(reason, exception, RetryAfter);
        }
    }

    /// <summary>Runs a Redis call that returns nothing; failures as in <see cref="RunAsync{T}"/>.</summary>
    public async Task RunAsync(Func<IDatabase, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call(Database);
        }
        catch (Exception exception) when (Unavailable(exception) is { } reason)
        {
            throw new StoreUnavailableException(reason, exception, RetryAfter);
        }
    }

    /// <summary>Why an exception from StackExchange.Redis means Redis cannot be used now; null for any other exception.</summary>
    public static string? Unavailable(Exception exception) => exception switch
    {
        RedisConnectionException connection => Describe(connection.FailureType),
        RedisTimeoutException => "timed out",
        RedisServerException => "Redis answered with an error",
        _ => null,
    };

    private static string Describe(ConnectionFailureType failure) => failure switch
    {
        ConnectionFailureType.None => "not connected",
        ConnectionFailureType.UnableToConnect or ConnectionFailureType.UnableToResolvePhysicalConnection => "not reachable",
        ConnectionFailureType.AuthenticationFailure => "authentication failed",
        ConnectionFailureType.SocketClosed or ConnectionFailureType.SocketFailure or ConnectionFailureType.ConnectionDisposed => "connection lost",
        _ => "connection failed (" + failure + ")",
    };
}
