using Haltern.Assistant.Answers;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.State;

/// <summary>A conversation's memory is kept in the expiring store, per conversation, and forgotten with it.</summary>
public sealed class ConversationMemoryStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero));

    private ExpiringMemoryStorage Storage() =>
        new(Options.Create(new ConversationStoreOptions { MaxEntries = 100, TimeToLive = TimeSpan.FromMinutes(30) }), _time);

    private static TurnContext Turn(string conversationId, string channelId = "emulator") =>
        new(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = channelId, Conversation = new ConversationAccount(id: conversationId), Text = "Hallo" });

    [Fact]
    public async Task What_a_turn_saved_is_loaded_by_the_next_turn_of_that_conversation_only()
    {
        var store = new ConversationMemoryStore(Storage());
        var memory = await store.LoadAsync(Turn("conv-a"), CancellationToken.None);
        memory.LastServiceId = "buergerbuero";
        memory.Language = "en";
        await store.SaveAsync(Turn("conv-a"), memory, CancellationToken.None);

        var again = await store.LoadAsync(Turn("conv-a"), CancellationToken.None);
        var other = await store.LoadAsync(Turn("conv-b"), CancellationToken.None);
        var otherChannel = await store.LoadAsync(Turn("conv-a", "msteams"), CancellationToken.None);

        Assert.Equal("buergerbuero", again.LastServiceId);
        Assert.Equal("en", again.Language);
        Assert.Null(other.LastServiceId);
        Assert.Null(otherChannel.LastServiceId);
    }

    [Fact]
    public async Task Memory_is_forgotten_when_the_store_forgets_the_conversation()
    {
        var store = new ConversationMemoryStore(Storage());
        var memory = new ConversationMemory { LastArticleId = "schulen-digital", Welcomed = true };
        await store.SaveAsync(Turn("conv-a"), memory, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(31));
        var later = await store.LoadAsync(Turn("conv-a"), CancellationToken.None);

        Assert.Null(later.LastArticleId);
        Assert.False(later.Welcomed);
    }

    [Fact]
    public async Task Memory_is_stored_under_the_conversation_key_that_ending_a_conversation_deletes()
    {
        var storage = Storage();
        var store = new ConversationMemoryStore(storage);
        await store.SaveAsync(Turn("conv-a", "directline"), new ConversationMemory { LastServiceId = "x" }, CancellationToken.None);

        await storage.DeleteAsync([ConversationMemoryStore.Key("directline", "conv-a")]);
        var after = await store.LoadAsync(Turn("conv-a", "directline"), CancellationToken.None);

        Assert.Equal("directline/conversations/conv-a", ConversationMemoryStore.Key("directline", "conv-a"));
        Assert.Null(after.LastServiceId);
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task Something_else_under_the_key_gives_a_fresh_memory()
    {
        var storage = Storage();
        var unreadable = new Dictionary<string, object> { ["LastServiceId"] = "x", ["Welcomed"] = new[] { 1, 2, 3 } };
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationMemoryStore.Key("emulator", "conv-a")] = unreadable });

        var memory = await new ConversationMemoryStore(storage).LoadAsync(Turn("conv-a"), CancellationToken.None);

        Assert.Null(memory.LastServiceId);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_has_no_memory()
    {
        var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "emulator" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => new ConversationMemoryStore(Storage()).LoadAsync(turn, CancellationToken.None));
    }
}
