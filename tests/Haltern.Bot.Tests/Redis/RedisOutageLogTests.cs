using Haltern.Assistant.Answers;
using Haltern.Bot.Redis;
using Haltern.Bot.Staff;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.Tests.Infrastructure;
using Haltern.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// The background sweeps that use Redis say once that it went and once that it is back, not at every period in
/// between; and at start they find the connection made, so a bot whose Redis is there starts without a warning.
/// </summary>
public sealed class RedisOutageLogTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;
    private RedisServer _redis = null!;
    private RedisConnection _connection = null!;

    public RedisOutageLogTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _connection = new RedisConnection(
            Options.Create(new RedisOptions { Configuration = _redis.Configuration, Timeout = TimeSpan.FromSeconds(1) }),
            NullLogger<RedisConnection>.Instance);
        await _connection.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _redis.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task The_Direct_Line_sweep_warns_once_when_Redis_goes_and_says_once_when_it_is_back()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new DirectLineOptions()); // idle timeout 30 min: a sweep every minute
        await using var redisStore = new RedisDirectLineConversationStore(_connection, options);
        var store = new CountingStore(redisStore);
        using var sweep = new DirectLineExpiryService(store, [], options, time, new Logger<DirectLineExpiryService>(_loggers));
        await sweep.StartAsync(CancellationToken.None);

        await _redis.StopAsync();
        for (var i = 1; i <= 4; i++)
        {
            await TickAsync(time, TimeSpan.FromMinutes(1), () => store.Sweeps, i);
        }

        var whileDown = Entries<DirectLineExpiryService>();
        await _redis.StartAgainAsync();
        var back = await UntilLoggedAsync<DirectLineExpiryService>(time, TimeSpan.FromMinutes(1), () => store.Sweeps, LogLevel.Information);
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal([LogLevel.Warning], whileDown.Select(e => e.Level));
        Assert.True(back, "no line said that sweeping works again");
        Assert.Equal([LogLevel.Warning, LogLevel.Information], Entries<DirectLineExpiryService>().Select(e => e.Level));
    }

    [Fact]
    public async Task The_hourly_staff_sweep_warns_once_when_Redis_goes_and_says_once_when_it_is_back()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2036, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var log = new CountingQuestionLog(new RedisQuestionLog(_connection, Options.Create(new StaffOptions()), time, NullLogger<RedisQuestionLog>.Instance));
        using var sweep = new QuestionLogRetentionService(log, time, new Logger<QuestionLogRetentionService>(_loggers));
        await sweep.StartAsync(CancellationToken.None);
        await WaitForAsync(() => log.Prunes, 1);

        await _redis.StopAsync();
        for (var i = 2; i <= 5; i++)
        {
            await TickAsync(time, TimeSpan.FromHours(1), () => log.Prunes, i);
        }

        var whileDown = Entries<QuestionLogRetentionService>();
        await _redis.StartAgainAsync();
        var back = await UntilLoggedAsync<QuestionLogRetentionService>(time, TimeSpan.FromHours(1), () => log.Prunes, LogLevel.Information);
        await sweep.StopAsync(CancellationToken.None);

        Assert.Equal([LogLevel.Warning], whileDown.Select(e => e.Level));
        Assert.Contains("shared store is unavailable", whileDown[0].Text, StringComparison.Ordinal);
        Assert.True(back, "no line said that sweeping works again");
        Assert.Equal([LogLevel.Warning, LogLevel.Information], Entries<QuestionLogRetentionService>().Select(e => e.Level));
    }

    [Fact]
    public async Task With_Redis_there_the_staff_sweeps_start_after_the_connection_and_log_no_warning()
    {
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["ConversationStore:Store"] = "Redis",
            ["Redis:Configuration"] = _redis.Configuration,
            ["DirectLine:TokenSigningKey"] = TwoInstances.SigningKey,
        });
        _ = factory.Server;

        var hosted = factory.Services.GetServices<IHostedService>().ToList();
        var connection = hosted.FindIndex(s => s is RedisConnection);
        var sweeps = new[] { hosted.FindIndex(s => s is QuestionLogRetentionService), hosted.FindIndex(s => s is HandoffRetentionService) };
        var warnings = factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Haltern.Bot.Staff", StringComparison.Ordinal));

        Assert.All(sweeps, sweep => Assert.True(sweep > connection, $"a sweep starts at {sweep}, the connection at {connection}"));
        Assert.Empty(warnings);
    }

    private List<LogEntry> Entries<T>() => _logs.Entries.Where(e => e.Category == typeof(T).FullName).ToList();

    /// <summary>Moves the clock one period and waits until the sweep of that period has run.</summary>
    private static async Task TickAsync(FakeTimeProvider time, TimeSpan period, Func<int> sweeps, int expected)
    {
        time.Advance(period);
        await WaitForAsync(sweeps, expected);
    }

    /// <summary>Sweeps period by period (Redis reconnects in real time) until <typeparamref name="T"/> logs at <paramref name="level"/>.</summary>
    private async Task<bool> UntilLoggedAsync<T>(FakeTimeProvider time, TimeSpan period, Func<int> sweeps, LogLevel level)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await TickAsync(time, period, sweeps, sweeps() + 1);
            if (Entries<T>().Any(e => e.Level == level))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task WaitForAsync(Func<int> count, int expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (count() < expected)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>The Redis store, counting the sweeps that ended, failed or not.</summary>
    private sealed class CountingStore(IDirectLineConversationStore inner) : IDirectLineConversationStore
    {
        private int _sweeps;

        public int Sweeps => Volatile.Read(ref _sweeps);

        public int Capacity => inner.Capacity;

        public ValueTask<int> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

        public ValueTask<DirectLineStart> StartAsync(string conversationId, string userId, string client, CancellationToken cancellationToken) =>
            inner.StartAsync(conversationId, userId, client, cancellationToken);

        public ValueTask<IDirectLineConversation?> FindAsync(string conversationId, bool byClient, CancellationToken cancellationToken) =>
            inner.FindAsync(conversationId, byClient, cancellationToken);

        public async ValueTask<int> RemoveExpiredAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.RemoveExpiredAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref _sweeps);
            }
        }

        public IReadOnlyList<string> TakeEnded() => inner.TakeEnded();
    }

    /// <summary>The Redis question log, counting the prunes that ended, failed or not.</summary>
    private sealed class CountingQuestionLog(IQuestionLog inner) : IQuestionLog
    {
        private int _prunes;

        public int Prunes => Volatile.Read(ref _prunes);

        public Task RecordAsync(QuestionEvent question, CancellationToken cancellationToken) => inner.RecordAsync(question, cancellationToken);

        public Task<IReadOnlyList<QuestionEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.ReadSinceAsync(since, cancellationToken);

        public async Task<int> PruneAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.PruneAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref _prunes);
            }
        }
    }
}
