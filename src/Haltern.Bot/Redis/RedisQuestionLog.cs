using System.Globalization;
using System.Text.Json;
using Haltern.Bot.Staff;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Haltern.Bot.Redis;

/// <summary>
/// The staff question log in Redis, so the reports count the questions of every instance: one sorted set per UTC day
/// (<c>{prefix}questions:2026-11-29</c>), scored by the time of the question, each member the line the file log
/// would write. A day's key expires by itself when the whole day has left the retention period; <see cref="PruneAsync"/>
/// removes the older questions of the day that straddles it, so nothing is kept longer than the file log keeps it.
/// </summary>
public sealed class RedisQuestionLog : IQuestionLog
{
    private readonly RedisConnection _redis;
    private readonly TimeProvider _time;
    private readonly int _retentionDays;
    private readonly ILogger<RedisQuestionLog> _logger;
    private int _dropped;

    public RedisQuestionLog(RedisConnection redis, IOptions<StaffOptions> options, TimeProvider time, ILogger<RedisQuestionLog> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _redis = redis;
        _time = time;
        _retentionDays = options.Value.RetentionDays;
        _logger = logger;
    }

    /// <summary>
    /// Sends the question without waiting for Redis: the citizen's reply does not wait for statistics. While Redis
    /// cannot be used the count is lost (and counted as lost), the reply is not.
    /// </summary>
    public Task RecordAsync(QuestionEvent question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var time = question.Time.ToUniversalTime();
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        // The random head keeps two identical lines (same second, topic, outcome) from being one member of the set.
        var member = Guid.NewGuid().ToString("N")[..8] + JsonSerializer.Serialize(question with { Time = time }, JsonLinesQuestionLog.JsonOptions);
        try
        {
            var database = _redis.Database;
            var key = DayKey(day);
            database.SortedSetAdd(key, member, time.ToUnixTimeMilliseconds(), CommandFlags.FireAndForget);
            database.KeyExpire(key, Expiry(day), CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is Haltern.Bot.State.StoreUnavailableException || RedisConnection.Unavailable(exception) is not null)
        {
            if (Interlocked.Increment(ref _dropped) % 1000 == 1)
            {
                _logger.LogWarning("Redis is unavailable: {Count} questions were not counted for the staff reports", Volatile.Read(ref _dropped));
            }
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<QuestionEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var oldestKept = OldestKept();
        if (since < oldestKept)
        {
            since = oldestKept;
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var days = new List<DateOnly>();
        for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }

        var from = since.ToUnixTimeMilliseconds();
        var members = await _redis.RunAsync(database =>
            Task.WhenAll(days.Select(day => database.SortedSetRangeByScoreAsync(DayKey(day), from, double.PositiveInfinity))));

        var result = new List<QuestionEvent>();
        foreach (var member in members.SelectMany(m => m))
        {
            var line = member.ToString();
            try
            {
                if (line.Length > 8 && JsonSerializer.Deserialize<QuestionEvent>(line.AsSpan(8), JsonLinesQuestionLog.JsonOptions) is { } question)
                {
                    result.Add(question);
                }
            }
            catch (JsonException)
            {
                // not a line of this log: skipped, as the file log skips a line cut by a crash
            }
        }

        result.Sort((a, b) => a.Time.CompareTo(b.Time));
        return result;
    }

    /// <summary>Removes the questions of the straddling day that are older than the retention period; older days expire by themselves.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var oldestKept = OldestKept();
        await _redis.RunAsync(database => database.SortedSetRemoveRangeByScoreAsync(
            DayKey(DateOnly.FromDateTime(oldestKept.UtcDateTime)), double.NegativeInfinity, oldestKept.ToUnixTimeMilliseconds(), Exclude.Stop));
        return 0;
    }

    private RedisKey DayKey(DateOnly day) => _redis.Key("questions:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    // The day's last question leaves the retention period at the end of the day plus the retention.
    private DateTime Expiry(DateOnly day) => day.AddDays(1 + _retentionDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private DateTimeOffset OldestKept() => _time.GetUtcNow().AddDays(-_retentionDays);
}
