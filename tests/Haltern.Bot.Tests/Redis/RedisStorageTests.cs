using Haltern.Bot.Redis;
using Haltern.Bot.State;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Redis;

/// <summary>The SDK's <see cref="IStorage"/> on a real Redis: what the SDK's own stores promise, and expiry.</summary>
public sealed class RedisStorageTests : IAsyncLifetime
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);
    private RedisServer _server = null!;
    private RedisConnection _connection = null!;
    private RedisStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        (_connection, _storage) = await OpenAsync(_server.Configuration);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_value_written_on_one_connection_is_read_on_another()
    {
        var (other, otherStorage) = await OpenAsync(_server.Configuration);
        await using var _ = other;

        await _storage.WriteAsync(new Dictionary<string, object> { ["emulator/conversations/c1"] = new Note { Text = "eins" } });
        var read = await otherStorage.ReadAsync(["emulator/conversations/c1", "emulator/conversations/unknown"]);

        var value = Assert.Single(read);
        Assert.Equal("eins", ((JObject)value.Value)["Text"]!.Value<string>());
    }

    [Fact]
    public async Task A_write_with_an_outdated_ETag_fails_and_the_newer_value_stays()
    {
        var first = new Note { Text = "eins" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        var stale = new Note { Text = "stale", ETag = first.ETag };
        var newer = new Note { Text = "zwei", ETag = first.ETag };
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = newer });

        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));

        var read = (JObject)(await _storage.ReadAsync(["k"]))["k"];
        Assert.Equal("zwei", read["Text"]!.Value<string>());
        Assert.Equal(newer.ETag, read["ETag"]!.Value<string>());
        Assert.NotEqual(first.ETag, newer.ETag);
    }

    [Fact]
    public async Task A_write_with_the_wildcard_ETag_or_none_always_wins()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "eins" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "zwei", ETag = "*" } });

        Assert.Equal("zwei", ((JObject)(await _storage.ReadAsync(["k"]))["k"])["Text"]!.Value<string>());
    }

    [Fact]
    public async Task Keys_expire_after_the_time_to_live_and_reading_starts_it_again_and_no_key_shows_the_conversation_id()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["msteams/conversations/user-4711"] = new Note { Text = "x" } });
        await using var client = await _server.ConnectAsync();
        var server = client.GetServer(client.GetEndPoints()[0]);
        var key = Assert.Single(server.Keys(pattern: "haltern:state:*"));
        await client.GetDatabase().KeyExpireAsync(key, TimeSpan.FromSeconds(10));

        await _storage.ReadAsync(["msteams/conversations/user-4711"]);

        var left = await client.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.NotNull(left);
        Assert.True(left > TimeSpan.FromMinutes(29) && left <= TimeToLive, $"time to live {left}");
        Assert.DoesNotContain("4711", key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_keys_are_gone()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "1" }, ["b"] = new Note { Text = "2" } });

        await _storage.DeleteAsync(["a"]);

        Assert.Equal(["b"], (await _storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task An_unreachable_Redis_fails_every_call_with_StoreUnavailable_at_once()
    {
        await _server.StopAsync();

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => _storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note() }));

        Assert.NotEmpty(failure.Reason);
    }

    private static async Task<(RedisConnection, RedisStorage)> OpenAsync(string configuration)
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = configuration }), NullLogger<RedisConnection>.Instance);
        await connection.StartAsync(CancellationToken.None);
        return (connection, new RedisStorage(connection, Options.Create(new ConversationStoreOptions { TimeToLive = TimeToLive })));
    }

    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
