using System.Net;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.State;

/// <summary>Conversation state forgets after inactivity and never holds more than its bound.</summary>
public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero));

    private ExpiringMemoryStorage Store(int maxEntries = 100, int minutes = 30) =>
        new(Options.Create(new ConversationStoreOptions { MaxEntries = maxEntries, TimeToLive = TimeSpan.FromMinutes(minutes) }), _time);

    private static Dictionary<string, object> Entry(string key, string value) => new() { [key] = new Dictionary<string, object> { ["value"] = value } };

    [Fact]
    public async Task Entry_is_forgotten_after_30_minutes_without_use()
    {
        var store = Store();
        await store.WriteAsync(Entry("conv/a", "1"));

        _time.Advance(TimeSpan.FromMinutes(29));
        var before = await store.ReadAsync(["conv/a"]);
        _time.Advance(TimeSpan.FromMinutes(30));
        var after = await store.ReadAsync(["conv/a"]);

        Assert.True(before.ContainsKey("conv/a"));
        Assert.False(after.ContainsKey("conv/a"));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Reading_an_entry_keeps_it_alive()
    {
        var store = Store();
        await store.WriteAsync(Entry("conv/a", "1"));

        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(20));
            Assert.True((await store.ReadAsync(["conv/a"])).ContainsKey("conv/a"));
        }
    }

    [Fact]
    public async Task A_flood_of_conversations_stays_within_the_bound_dropping_the_least_recently_used()
    {
        var store = Store(maxEntries: 100);
        await store.WriteAsync(Entry("conv/keep", "1"));
        for (var i = 0; i < 10_000; i++)
        {
            if (i % 50 == 0)
            {
                await store.ReadAsync(["conv/keep"]);
            }

            await store.WriteAsync(Entry($"conv/{i}", "x"));
        }

        Assert.Equal(100, store.Count);
        Assert.True((await store.ReadAsync(["conv/keep"])).ContainsKey("conv/keep"));
        Assert.False((await store.ReadAsync(["conv/0"])).ContainsKey("conv/0"));
        Assert.True((await store.ReadAsync(["conv/9999"])).ContainsKey("conv/9999"));
    }

    [Fact]
    public async Task Values_are_snapshots_not_shared_objects()
    {
        var store = Store();
        var state = new Dictionary<string, object> { ["value"] = "1" };
        await store.WriteAsync(new Dictionary<string, object> { ["conv/a"] = state });

        state["value"] = "changed afterwards";
        var read = (Newtonsoft.Json.Linq.JObject)(await store.ReadAsync(["conv/a"]))["conv/a"];

        Assert.Equal("1", (string?)read["value"]);
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict()
    {
        var store = Store();
        var item = new Item { Value = "1" };
        await store.WriteAsync(new Dictionary<string, object> { ["k"] = item });
        var firstETag = item.ETag;
        await store.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        var stale = new Item { Value = "2", ETag = firstETag };

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));
    }

    [Fact]
    public async Task The_bot_keeps_conversation_state_in_the_expiring_store_and_forgets_it_after_the_configured_time()
    {
        using var host = new BotApplicationFactory(
            settings: new Dictionary<string, string?> { ["ConversationStore:TimeToLive"] = "00:10:00" },
            services: services => services.AddSingleton<TimeProvider>(_time));
        using var client = host.CreateClient();
        var store = Assert.IsType<ExpiringMemoryStorage>(host.Services.GetRequiredService<IStorage>());

        using var response = await host.PostActivityAsync(client, ApiMessages.Message("Hallo", "conv-ttl").ToString());
        var heldBefore = store.Count;
        _time.Advance(TimeSpan.FromMinutes(11));
        await store.ReadAsync(["unrelated"]); // any use sweeps what has expired
        var heldAfter = store.Count;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(heldBefore >= 1);
        Assert.Equal(0, heldAfter);
    }

    private sealed class Item : IStoreItem
    {
        public string? Value { get; set; }

        public string? ETag { get; set; }
    }
}
