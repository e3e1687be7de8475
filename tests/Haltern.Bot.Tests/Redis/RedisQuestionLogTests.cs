using Haltern.Assistant.Answers;
using Haltern.Bot.Redis;
using Haltern.Bot.Staff;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Redis;

/// <summary>The staff question log in Redis: every instance's questions in one place, kept no longer than the retention.</summary>
public sealed class RedisQuestionLogTests : IAsyncLifetime
{
    // Redis expires keys by its own clock: the test's days lie in the future so that they are still there.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2036, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly List<RedisConnection> _connections = [];
    private RedisServer _server = null!;

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Questions_recorded_by_two_instances_are_read_by_either_oldest_first_identical_ones_included()
    {
        var a = await OpenAsync();
        var b = await OpenAsync();
        var now = _time.GetUtcNow();

        await a.RecordAsync(new QuestionEvent(now, ReplyTopic.News, true), CancellationToken.None);
        await b.RecordAsync(new QuestionEvent(now, ReplyTopic.News, true), CancellationToken.None);
        await b.RecordAsync(new QuestionEvent(now.AddMinutes(-1), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), CancellationToken.None);

        var read = await UntilCountAsync(a, now.AddDays(-1), 3);

        Assert.Equal(
            [new QuestionEvent(now.AddMinutes(-1), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), new QuestionEvent(now, ReplyTopic.News, true), new QuestionEvent(now, ReplyTopic.News, true)],
            read);
    }

    [Fact]
    public async Task Questions_older_than_the_retention_are_not_read_pruned_on_the_straddling_day_and_day_keys_expire()
    {
        var log = await OpenAsync(retentionDays: 2);
        var now = _time.GetUtcNow();
        await log.RecordAsync(new QuestionEvent(now.AddDays(-2).AddHours(-1), ReplyTopic.News, true), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(now.AddDays(-2).AddHours(1), ReplyTopic.Hours, true), CancellationToken.None);
        await UntilCountAsync(log, now.AddDays(-3), 1);

        await log.PruneAsync(CancellationToken.None);

        await using var client = await _server.ConnectAsync();
        var database = client.GetDatabase();
        var straddling = await database.SortedSetLengthAsync("haltern:questions:2036-11-27");
        var expiry = await database.KeyExpireTimeAsync("haltern:questions:2036-11-27");
        Assert.Equal(1, straddling);
        Assert.Equal(new DateTime(2036, 11, 30, 0, 0, 0, DateTimeKind.Utc), expiry);
        Assert.Equal([ReplyTopic.Hours], (await log.ReadSinceAsync(now.AddDays(-30), CancellationToken.None)).Select(q => q.Topic));
    }

    private async Task<RedisQuestionLog> OpenAsync(int retentionDays = 30)
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = _server.Configuration }), NullLogger<RedisConnection>.Instance);
        await connection.StartAsync(CancellationToken.None);
        _connections.Add(connection);
        return new RedisQuestionLog(connection, Options.Create(new StaffOptions { RetentionDays = retentionDays }), _time, NullLogger<RedisQuestionLog>.Instance);
    }

    // Recording does not wait for Redis (the citizen's reply does not), so a reader may look a moment later.
    private static async Task<IReadOnlyList<QuestionEvent>> UntilCountAsync(RedisQuestionLog log, DateTimeOffset since, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var read = await log.ReadSinceAsync(since, CancellationToken.None);
            if (read.Count >= count || attempt == 100)
            {
                return read;
            }

            await Task.Delay(20);
        }
    }
}
