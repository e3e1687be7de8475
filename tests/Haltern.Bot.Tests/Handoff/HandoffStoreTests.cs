using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>The request store over the SDK's storage abstraction: numbering, retention, and what is left after an answer.</summary>
public sealed class HandoffStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero));

    private HandoffStore Store(IStorage storage) => new(storage, Options.Create(new HandoffOptions { RetentionDays = 14 }), _time);

    private HandoffRequest Request(int number) => new()
    {
        Number = number,
        Question = "Wo beantrage ich [Name] einen Ausweis?",
        AskedAt = _time.GetUtcNow(),
        ExpiresAt = _time.GetUtcNow() + TimeSpan.FromDays(14),
        Chat = new CitizenChat { ChannelId = "directline", ConversationId = "conversation-" + number, ServiceUrl = "http://127.0.0.1/" },
        Email = "someone@example.org",
        StaffMessageId = "message-" + number,
    };

    // The SDK's MemoryStorage stands for a shared store that does not expire entries by itself.
    public static TheoryData<string> Stores => new() { "sdk-memory", "expiring" };

    private IStorage Storage(string kind) => kind == "sdk-memory"
        ? new MemoryStorage()
        : new ExpiringMemoryStorage(Options.Create(new ConversationStoreOptions { TimeToLive = TimeSpan.FromDays(14) }), _time);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Numbers_count_up_in_the_store(string kind)
    {
        var storage = Storage(kind);

        var first = await Store(storage).NextNumberAsync(CancellationToken.None);
        var second = await Store(storage).NextNumberAsync(CancellationToken.None); // another instance, same store

        Assert.Equal([1, 2], new[] { first, second });
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_request_past_the_retention_is_not_used_and_the_sweep_deletes_it(string kind)
    {
        var storage = Storage(kind);
        var store = Store(storage);
        await store.NextNumberAsync(CancellationToken.None);
        await store.SaveAsync(Request(1), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(14));

        Assert.Null(await store.FindAsync(1, CancellationToken.None));
        Assert.Null(await store.FindByChatAsync("directline", "conversation-1", CancellationToken.None));
        await store.SweepAsync(CancellationToken.None);
        var left = await storage.ReadAsync(["handoff/requests/1", "handoff/chats/directline/conversation-1", "handoff/threads/message-1"]);
        Assert.Empty(left);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_answered_request_keeps_only_its_number_for_the_thread(string kind)
    {
        var storage = Storage(kind);
        var store = Store(storage);
        await store.SaveAsync(Request(1), CancellationToken.None);
        var request = (await store.FindAsync(1, CancellationToken.None))!;
        Assert.True(await store.TryClaimAsync(request, CancellationToken.None));

        await store.DeleteAsync(request, CancellationToken.None);

        Assert.Null(await store.FindAsync(1, CancellationToken.None));
        var thread = await store.FindByStaffMessageAsync("message-1", CancellationToken.None);
        Assert.Equal(1, thread?.Number);
        Assert.Null(thread?.Open);
        var left = Newtonsoft.Json.JsonConvert.SerializeObject(await storage.ReadAsync(["handoff/requests/1", "handoff/chats/directline/conversation-1", "handoff/threads/message-1"]));
        Assert.DoesNotContain("Ausweis", left, StringComparison.Ordinal);
        Assert.DoesNotContain("someone@example.org", left, StringComparison.Ordinal);
        Assert.DoesNotContain("conversation-1", left, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_request_is_claimed_for_an_answer_once(string kind)
    {
        var storage = Storage(kind);
        var store = Store(storage);
        await store.SaveAsync(Request(1), CancellationToken.None);
        var first = await store.FindAsync(1, CancellationToken.None);
        var second = await store.FindAsync(1, CancellationToken.None);

        Assert.True(await store.TryClaimAsync(first!, CancellationToken.None));
        Assert.False(await store.TryClaimAsync(second!, CancellationToken.None));
    }
}
