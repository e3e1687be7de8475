using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// The WebSocket of a conversation's <c>streamUrl</c>: each text frame is an ActivitySet, an empty frame is a
/// keep-alive. It closes when the client closes, the conversation ends, or the server stops.
/// </summary>
internal sealed class DirectLineStream
{
    private readonly IDirectLineConversationStore _store;
    private readonly TimeSpan _keepAliveInterval;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;

    public DirectLineStream(
        IDirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(lifetime);
        _store = store;
        _keepAliveInterval = options.Value.StreamKeepAliveInterval;
        _time = time;
        _lifetime = lifetime;
    }

    /// <summary>
    /// Sends the conversation's activities after <paramref name="watermark"/>, then each new one, until the stream ends;
    /// renews <paramref name="slot"/> at least once every keep-alive interval.
    /// </summary>
    public async Task RunAsync(WebSocket socket, IDirectLineConversation conversation, IDirectLineStreamSlot slot, long watermark, CancellationToken aborted)
    {
        // Ends with the client, with the conversation, or when the server stops (so shutdown does not wait on streams).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, conversation.Ended, _lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        var renewed = _time.GetTimestamp();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (_time.GetElapsedTime(renewed) >= _keepAliveInterval)
                {
                    await slot.RenewAsync(stop.Token);
                    renewed = _time.GetTimestamp();
                }

                if (await conversation.WatermarkAsync(stop.Token) > watermark)
                {
                    (var set, watermark) = await conversation.ReadActivitySetAsync(watermark, stop.Token);
                    await socket.SendAsync(Encoding.UTF8.GetBytes(set), WebSocketMessageType.Text, true, stop.Token);
                    continue;
                }

                var next = conversation.WaitForActivityAfterAsync(watermark, stop.Token);
                var keepAlive = Task.Delay(_keepAliveInterval, _time, stop.Token);
                var woke = await Task.WhenAny(next, keepAlive);
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                if (woke == keepAlive && await conversation.WatermarkAsync(stop.Token) <= watermark)
                {
                    await _store.FindAsync(conversation.Id, byClient: false, stop.Token); // an open stream keeps its conversation alive
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // closed by the client, the conversation's end or shutdown
        }
        catch (WebSocketException)
        {
            // the client went away
        }

        await CloseAsync(socket, conversation);
        await stop.CancelAsync();
        await receiving;
    }

    private async Task CloseAsync(WebSocket socket, IDirectLineConversation conversation)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(
                WebSocketCloseStatus.NormalClosure,
                conversation.Ended.IsCancellationRequested ? "conversation ended"
                    : _lifetime.ApplicationStopping.IsCancellationRequested ? "server stopping" : "closing",
                timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // nothing more to say to a client that is gone
        }
    }

    /// <summary>Reads (and ignores) what the client sends: keep-alives. A close frame stops the stream.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1_024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // the stream is over either way
        }

        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }
    }
}
