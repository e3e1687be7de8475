using System.Net;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// Redis gone at start or while running: the bot starts and stays up, readiness says why, turns that need Redis get
/// a 503 with Retry-After within <c>Redis:Timeout</c> instead of hanging, and it recovers by itself.
/// </summary>
public sealed class RedisFaultTests
{
    [Fact]
    public async Task Without_Redis_at_start_the_bot_starts_is_not_ready_and_answers_turns_with_503()
    {
        var redis = await RedisServer.StartAsync();
        await redis.DisposeAsync(); // a port where nothing listens

        await using var bot = await TwoInstances.StartInstanceAsync(redis.Configuration);

        var live = await bot.Http.GetAsync("/health/live");
        var (status, body) = await bot.ReadinessAsync();
        var turn = await PostTurnAsync(bot);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", body["checks"]!["redis"]!["status"]!.GetValue<string>());
        Assert.StartsWith("Redis not", body["checks"]!["redis"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, turn.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), turn.Headers.RetryAfter?.Delta);
        Assert.Contains("unavailable", await turn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_stopped_and_started_again_gives_503_meanwhile_and_the_bot_recovers_by_itself()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var bot = await TwoInstances.StartInstanceAsync(redis.Configuration);
        Assert.Equal("Telefonnummer", await SayAsync(bot));

        await redis.StopAsync();
        var down = await SayAsync(bot);
        var (readyWhileDown, bodyWhileDown) = await bot.ReadinessAsync();

        await redis.StartAgainAsync();
        var recovered = await UntilAsync(async () => await SayAsync(bot) == "Telefonnummer", TimeSpan.FromSeconds(30));
        var (readyAfter, _) = await bot.ReadinessAsync();

        Assert.Equal("503", down);
        Assert.Equal(503, readyWhileDown);
        Assert.Equal("Unhealthy", bodyWhileDown["checks"]!["redis"]!["status"]!.GetValue<string>());
        Assert.True(recovered, "the bot did not answer again after Redis came back:\n" + bot.Process.Output);
        Assert.Equal(200, readyAfter);
        Assert.DoesNotContain("Unhandled", bot.Process.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Redis:Configuration=127.0.0.1:6379", "DirectLine:TokenSigningKey")]
    [InlineData("--DirectLine:TokenSigningKey=" + TwoInstances.SigningKey, "Redis:Configuration")]
    public async Task A_Redis_store_without_a_setting_every_instance_needs_stops_the_start_and_names_it(string given, string missing)
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(["--ConversationStore:Store=Redis", given]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(missing, output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostTurnAsync(TwoInstances.Instance bot) =>
        await bot.Http.PostAsync("/api/messages", new StringContent(
            """{"type":"message","text":"Telefonnummer Bürgerbüro","channelId":"emulator","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c-fault"},"from":{"id":"u"},"recipient":{"id":"bot"}}""",
            System.Text.Encoding.UTF8,
            "application/json"));

    // "Telefonnummer" when the bot answered with the office's number, else the status code.
    private static async Task<string> SayAsync(TwoInstances.Instance bot)
    {
        using var response = await PostTurnAsync(bot);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("933-180", StringComparison.Ordinal)
            ? "Telefonnummer"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
