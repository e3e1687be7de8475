using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// The staff channel and the open requests, in the conversation store abstraction (<see cref="IStorage"/>, keyed
/// <see cref="StorageKey"/>: the in-process expiring store, or the host's shared store), so that a shared store
/// serves every instance. Every request carries its expiry (<see cref="HandoffOptions.RetentionDays"/>): an expired
/// one is never used, and <see cref="SweepAsync"/> deletes it from stores that do not expire entries themselves.
/// </summary>
public sealed class HandoffStore
{
    /// <summary>The key of the <see cref="IStorage"/> service that holds requests.</summary>
    public const string StorageKey = "Handoff";

    private const string ChannelKey = "handoff/channel";
    private const string CounterKey = "handoff/counter";
    private static readonly TimeSpan ChannelRefresh = TimeSpan.FromSeconds(30);

    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly HandoffOptions _options;
    private volatile StaffChannel? _channel;
    private long _channelReadTicks = long.MinValue;

    public HandoffStore([FromKeyedServices(StorageKey)] IStorage storage, IOptions<HandoffOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _storage = storage;
        _options = options.Value;
        _time = time;
    }

    /// <summary>The staff channel as last read (at most 30 seconds ago on a busy bot); null: none is set.</summary>
    public StaffChannel? KnownChannel => _channel;

    /// <summary>Reads the staff channel again when the last read is older than 30 seconds (another instance may have changed it).</summary>
    public async Task RefreshChannelAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _channelReadTicks);
        if (last != long.MinValue && _time.GetElapsedTime(last, now) < ChannelRefresh)
        {
            return;
        }

        Interlocked.Exchange(ref _channelReadTicks, now);
        _channel = await ReadAsync<StaffChannel>(ChannelKey, cancellationToken);
    }

    /// <summary>The staff channel, read now.</summary>
    public async Task<StaffChannel?> ChannelAsync(CancellationToken cancellationToken)
    {
        _channel = await ReadAsync<StaffChannel>(ChannelKey, cancellationToken);
        Interlocked.Exchange(ref _channelReadTicks, _time.GetTimestamp());
        return _channel;
    }

    public async Task SetChannelAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await _storage.WriteAsync(new Dictionary<string, object> { [ChannelKey] = channel }, cancellationToken);
        _channel = channel;
    }

    public async Task RemoveChannelAsync(CancellationToken cancellationToken)
    {
        await _storage.DeleteAsync([ChannelKey], cancellationToken);
        _channel = null;
    }

    /// <summary>The next request number (1, 2, …), counted in the store so that instances sharing it count together.</summary>
    public async Task<int> NextNumberAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var counter = await ReadAsync<Counter>(CounterKey, cancellationToken) ?? new Counter { ETag = "*" };
            counter.Next++;
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [CounterKey] = counter }, cancellationToken);
                return counter.Next;
            }
            catch (Exception ex) when (attempt < 10 && ex is not OperationCanceledException)
            {
                // Another turn took the number first (stores report an ETag conflict with their own exception type).
            }
        }
    }

    /// <summary>Keeps a request, findable by number, by its staff message and by the citizen's chat.</summary>
    public Task SaveAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var link = new RequestLink { Number = request.Number, ExpiresAt = request.ExpiresAt };
        var changes = new Dictionary<string, object>
        {
            [RequestKey(request.Number)] = request,
            [ChatKey(request.Chat.ChannelId, request.Chat.ConversationId)] = link,
        };
        if (request.StaffMessageId is { Length: > 0 } messageId)
        {
            changes[ThreadKey(messageId)] = link;
        }

        return _storage.WriteAsync(changes, cancellationToken);
    }

    /// <summary>
    /// Marks the request as being answered, once: false when it is gone, expired, or another answer came first.
    /// </summary>
    public async Task<bool> TryClaimAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Answering)
        {
            return false;
        }

        request.Answering = true;
        try
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [RequestKey(request.Number)] = request }, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false; // the ETag moved: another answer claimed it
        }
    }

    public async Task<HandoffRequest?> FindAsync(int number, CancellationToken cancellationToken)
    {
        var request = await ReadAsync<HandoffRequest>(RequestKey(number), cancellationToken);
        return request is { Closed: false } && request.ExpiresAt > _time.GetUtcNow() ? request : null;
    }

    /// <summary>
    /// The number of the request whose message in the staff channel has this id (kept, without anything else, until
    /// the request's expiry, so that a late reply in its thread is told it was answered), and the request if open.
    /// </summary>
    public async Task<(int Number, HandoffRequest? Open)?> FindByStaffMessageAsync(string messageId, CancellationToken cancellationToken)
    {
        if (await ReadAsync<RequestLink>(ThreadKey(messageId), cancellationToken) is not { } link || link.ExpiresAt <= _time.GetUtcNow())
        {
            return null;
        }

        return (link.Number, await FindAsync(link.Number, cancellationToken));
    }

    /// <summary>The open request of a citizen's chat.</summary>
    public async Task<HandoffRequest?> FindByChatAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        await ReadAsync<RequestLink>(ChatKey(channelId, conversationId), cancellationToken) is { } link ? await FindAsync(link.Number, cancellationToken) : null;

    /// <summary>
    /// Deletes what the request held (question, chat, e-mail address) and what finds it by the citizen's chat. Its
    /// number and staff message stay, and nothing else, until its expiry, so a late reply in its thread is told.
    /// </summary>
    public async Task DeleteAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _storage.DeleteAsync([ChatKey(request.Chat.ChannelId, request.Chat.ConversationId)], cancellationToken);
        var closed = new HandoffRequest { Number = request.Number, StaffMessageId = request.StaffMessageId, ExpiresAt = request.ExpiresAt, Closed = true, ETag = "*" };
        await _storage.WriteAsync(new Dictionary<string, object> { [RequestKey(request.Number)] = closed }, cancellationToken);
    }

    /// <summary>
    /// Deletes the expired requests, from the oldest number not yet known to be gone up to the newest; returns how
    /// many. Also reads the staff channel, which keeps it in a store that forgets what nobody reads.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await ChannelAsync(cancellationToken);
        var counter = await ReadAsync<Counter>(CounterKey, cancellationToken);
        if (counter is null)
        {
            return 0;
        }

        var now = _time.GetUtcNow();
        var deleted = 0;
        var oldest = Math.Max(counter.Oldest, 1);
        var stillOpen = false;
        for (var first = oldest; first <= counter.Next; first += 100)
        {
            var numbers = Enumerable.Range(first, Math.Min(100, counter.Next - first + 1)).ToArray();
            var found = await _storage.ReadAsync(numbers.Select(RequestKey).ToArray(), cancellationToken);
            foreach (var number in numbers)
            {
                var request = found.TryGetValue(RequestKey(number), out var value) ? Convert<HandoffRequest>(value) : null;
                if (request is not null && request.ExpiresAt <= now)
                {
                    var keys = new List<string> { RequestKey(number), ChatKey(request.Chat.ChannelId, request.Chat.ConversationId) };
                    if (request.StaffMessageId is { Length: > 0 } messageId)
                    {
                        keys.Add(ThreadKey(messageId));
                    }

                    await _storage.DeleteAsync([.. keys], cancellationToken);

                    deleted++;
                }
                else if (request is not null)
                {
                    stillOpen = true;
                }

                if (!stillOpen)
                {
                    oldest = number + 1; // everything below is gone
                }
            }
        }

        if (oldest > counter.Oldest)
        {
            counter.Oldest = oldest;
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [CounterKey] = counter }, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A new number was taken meanwhile: the low-water mark is a hint, the next sweep moves it.
            }
        }

        return deleted;
    }

    private static string RequestKey(int number) => "handoff/requests/" + number.ToString(CultureInfo.InvariantCulture);

    private static string ThreadKey(string messageId) => "handoff/threads/" + messageId;

    private static string ChatKey(string channelId, string conversationId) => $"handoff/chats/{channelId}/{conversationId}";

    private async Task<T?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        var found = await _storage.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var value) ? Convert<T>(value) : null;
    }

    // Something else under the key (an entry of an older shape): as if it were not there.
    private static T? Convert<T>(object value)
        where T : class
    {
        try
        {
            return value switch
            {
                T typed => typed,
                JObject json => json.ToObject<T>(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Counter : IStoreItem
    {
        public int Next { get; set; }

        /// <summary>Every request below this number is known to be gone.</summary>
        public int Oldest { get; set; }

        public string? ETag { get; set; }
    }

    private sealed class RequestLink
    {
        public int Number { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
