using System.Collections.Concurrent;

namespace Haltern.DirectLine;

/// <summary>
/// Counts the WebSocket streams open on each conversation, for <c>DirectLine:MaxStreamsPerConversation</c>. The default,
/// <see cref="InProcessStreamSlots"/>, counts the streams of this process; a host whose instances share a store
/// registers one that counts a conversation's streams on every instance together.
/// </summary>
public interface IDirectLineStreamSlots
{
    /// <summary>Claims one of the conversation's <paramref name="max"/> stream slots; null when all are taken.</summary>
    ValueTask<IDirectLineStreamSlot?> TryClaimAsync(string conversationId, int max, CancellationToken cancellationToken);
}

/// <summary>A claimed stream slot, given back when disposed.</summary>
public interface IDirectLineStreamSlot : IAsyncDisposable
{
    /// <summary>
    /// Says the stream is still open. The stream calls it at least once every <c>DirectLine:StreamKeepAliveInterval</c>,
    /// so a shared store can let the slot of a stream whose instance went away without giving it back run out.
    /// </summary>
    ValueTask RenewAsync(CancellationToken cancellationToken);
}

/// <summary>The streams of this process, counted per conversation.</summary>
public sealed class InProcessStreamSlots : IDirectLineStreamSlots
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Streams open on <paramref name="conversationId"/> now.</summary>
    public int OpenOn(string conversationId) => _open.GetValueOrDefault(conversationId);

    /// <inheritdoc />
    public ValueTask<IDirectLineStreamSlot?> TryClaimAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        while (true)
        {
            var open = _open.GetValueOrDefault(conversationId);
            if (open >= max)
            {
                return ValueTask.FromResult<IDirectLineStreamSlot?>(null);
            }

            if (open == 0 ? _open.TryAdd(conversationId, 1) : _open.TryUpdate(conversationId, open + 1, open))
            {
                return ValueTask.FromResult<IDirectLineStreamSlot?>(new Slot(this, conversationId));
            }
        }
    }

    private void Release(string conversationId)
    {
        while (true)
        {
            if (!_open.TryGetValue(conversationId, out var open))
            {
                return;
            }

            if (open <= 1
                ? _open.TryRemove(new KeyValuePair<string, int>(conversationId, open))
                : _open.TryUpdate(conversationId, open - 1, open))
            {
                return;
            }
        }
    }

    private sealed class Slot(InProcessStreamSlots slots, string conversationId) : IDirectLineStreamSlot
    {
        private int _released;

        public ValueTask RenewAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release(conversationId);
            }

            return ValueTask.CompletedTask;
        }
    }
}
