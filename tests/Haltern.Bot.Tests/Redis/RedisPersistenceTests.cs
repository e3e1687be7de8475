using Haltern.Bot.Redis;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// The privacy statement says what a citizen writes is kept in memory only: a Redis that writes it to disk is reported
/// by readiness (Degraded, still serving) and logged once; the memory-only Redis the tests use is not.
/// </summary>
public sealed class RedisPersistenceTests
{
    [Fact]
    public async Task A_Redis_writing_snapshots_to_disk_makes_readiness_degraded_with_the_reason_and_is_logged_once()
    {
        await using var redis = await RedisServer.StartAsync(snapshotsToDisk: true);
        await using var bot = await TwoInstances.StartInstanceAsync(redis.Configuration);

        var (status, body) = await ReadyAsync(bot);
        var (again, _) = await bot.ReadinessAsync();

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal(200, again);
        Assert.Equal("Degraded", body["checks"]!["redis"]!["status"]!.GetValue<string>());
        Assert.Equal("Redis writes to disk: set save \"\" and appendonly no", body["checks"]!["redis"]!["reason"]!.GetValue<string>());
        Assert.Single(Lines(bot.Process.Output, "Redis writes to disk"));
    }

    [Fact]
    public async Task A_Redis_keeping_data_in_memory_only_is_healthy_and_not_warned_about()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var bot = await TwoInstances.StartInstanceAsync(redis.Configuration);

        var (status, body) = await ReadyAsync(bot);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal("Healthy", body["checks"]!["redis"]!["status"]!.GetValue<string>());
        Assert.Null(body["checks"]!["redis"]!["reason"]);
        Assert.DoesNotContain(RedisPersistence.WritesToDisk, bot.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Redis_that_refuses_CONFIG_makes_readiness_degraded_saying_it_cannot_check()
    {
        await using var redis = await RedisServer.StartAsync();
        using (var admin = await redis.ConnectAsync())
        {
            // An ACL as a hosted Redis may have: every command but CONFIG.
            await admin.GetDatabase().ExecuteAsync("ACL", "SETUSER", "default", "on", "nopass", "~*", "&*", "+@all", "-config");
        }

        await using var bot = await TwoInstances.StartInstanceAsync(redis.Configuration);

        var (status, body) = await ReadyAsync(bot);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal("Degraded", body["checks"]!["redis"]!["status"]!.GetValue<string>());
        Assert.Equal(RedisPersistence.NotPermitted, body["checks"]!["redis"]!["reason"]!.GetValue<string>());
    }

    // A fresh process is not ready until its knowledge index is loaded; readiness is asked until it is or a minute passed.
    private static async Task<(int Status, System.Text.Json.Nodes.JsonObject Body)> ReadyAsync(TwoInstances.Instance bot)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var readiness = await bot.ReadinessAsync();
            if (readiness.Status == 200 || DateTime.UtcNow > deadline)
            {
                return readiness;
            }

            await Task.Delay(200);
        }
    }

    private static IEnumerable<string> Lines(string output, string part) =>
        output.Split('\n').Where(line => line.Contains(part, StringComparison.Ordinal));
}
