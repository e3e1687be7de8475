using Haltern.Bot.Redis;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Tests.Redis;

/// <summary>Requests to staff kept in the shared Redis live for the handoff's retention, not a conversation's half hour.</summary>
public sealed class RedisHandoffStoreTests
{
    [Fact]
    public async Task With_Redis_the_handoff_store_is_shared_and_keeps_its_keys_for_the_retention_period()
    {
        await using var redis = await RedisServer.StartAsync();
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["ConversationStore:Store"] = "Redis",
            ["Redis:Configuration"] = redis.Configuration,
            ["DirectLine:TokenSigningKey"] = TwoInstances.SigningKey,
        });
        _ = factory.Server;
        var storage = factory.Services.GetRequiredKeyedService<IStorage>(HandoffStore.StorageKey);
        var retention = factory.Services.GetRequiredService<IOptions<HandoffOptions>>().Value.Retention;

        await storage.WriteAsync(new Dictionary<string, object> { ["handoff/probe"] = new { Number = 1 } });

        await using var client = await redis.ConnectAsync();
        var server = client.GetServer(client.GetEndPoints()[0]);
        var key = Assert.Single(server.Keys(pattern: "haltern:state:*"));
        var left = await client.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.IsType<RedisStorage>(storage);
        Assert.True(left > retention - TimeSpan.FromMinutes(1) && left <= retention, $"time to live {left}, retention {retention}");
    }
}
