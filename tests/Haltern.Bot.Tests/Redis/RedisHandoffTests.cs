using Haltern.Bot.Redis;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.Tests.Hardening;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Haltern.Bot.Tests.Redis;

/// <summary>Requests to staff on a real Redis: shared like conversation state, but kept for the handoff's retention.</summary>
public sealed class RedisHandoffTests : IAsyncLifetime
{
    private RedisServer _server = null!;

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_request_on_redis_lives_for_the_retention_days_not_for_the_minutes_of_conversation_state()
    {
        using var host = new HardeningHost(new Dictionary<string, string?>
        {
            ["ConversationStore:Store"] = "Redis",
            ["Redis:Configuration"] = _server.Configuration,
            ["DirectLine:TokenSigningKey"] = "redis-handoff-test-signing-key-0123456789",
            ["Handoff:RetentionDays"] = "14",
        });
        var services = host.Services;
        await services.GetRequiredService<RedisConnection>().StartAsync(CancellationToken.None);
        var store = services.GetRequiredService<HandoffStore>();
        Assert.IsType<RedisStorage>(services.GetRequiredKeyedService<IStorage>(HandoffStore.StorageKey));

        await store.SaveAsync(new HandoffRequest
        {
            Number = await store.NextNumberAsync(CancellationToken.None),
            Question = "Frage",
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(14),
            Chat = new CitizenChat { ChannelId = "directline", ConversationId = "c1", ServiceUrl = "http://127.0.0.1/" },
        }, CancellationToken.None);

        await using var redis = await _server.ConnectAsync();
        var server = redis.GetServer(redis.GetEndPoints().Single());
        var keys = server.Keys(pattern: "*").ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.True(ttl > TimeSpan.FromDays(13), $"{key} lives {ttl}");
        }

        Assert.NotNull(await services.GetRequiredService<HandoffStore>().FindAsync(1, CancellationToken.None));
    }
}
