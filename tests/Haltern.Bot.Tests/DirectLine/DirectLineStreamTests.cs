using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Haltern.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.DirectLine;

/// <summary>The WebSocket stream (<c>streamUrl</c>): ActivitySets as text frames, empty keep-alives, and closing.</summary>
public sealed class DirectLineStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Stream_sends_the_welcome_then_the_echo_and_the_reply_with_watermarks()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);
        using var socket = await ConnectAsync(host, (string)answer["streamUrl"]!);

        var first = JsonNode.Parse((await ReceiveAsync(socket))!)!;
        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Hallo", "client-7"));
        var activities = new List<JsonNode>();
        string? watermark = null;
        while (activities.Count < 2)
        {
            var set = JsonNode.Parse((await ReceiveAsync(socket))!)!;
            activities.AddRange(set["activities"]!.AsArray().Select(a => a!));
            watermark = (string?)set["watermark"];
        }

        Assert.Equal("bot", (string?)Assert.Single(first["activities"]!.AsArray())!["from"]!["role"]);
        Assert.Equal("1", (string?)first["watermark"]);
        Assert.Equal("user", (string?)activities[0]["from"]!["role"]);
        Assert.Equal("client-7", (string?)activities[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("bot", (string?)activities[1]["from"]!["role"]);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Stream_from_a_watermark_sends_only_what_came_after()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var (id, token) = ((string)answer["conversationId"]!, (string)answer["token"]!);
        using var posted = await host.PostActivityAsync(token, id, DirectLineCalls.Message("Hallo"));
        using var client = host.Client(token);
        var reconnect = await DirectLineCalls.ReadAsync(await client.GetAsync($"{DirectLineCalls.BaseUrl}/conversations/{id}?watermark=2"));

        using var socket = await ConnectAsync(host, (string)reconnect["streamUrl"]!);
        var set = JsonNode.Parse((await ReceiveAsync(socket))!)!;

        var activity = Assert.Single(set["activities"]!.AsArray());
        Assert.Equal($"{id}|0000003", (string?)activity!["id"]);
    }

    [Fact]
    public async Task Stream_when_nothing_happens_sends_empty_keep_alive_frames()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:StreamKeepAliveInterval"] = "00:00:20" });
        var answer = await host.StartAsync();
        using var socket = await ConnectAsync(host, (string)answer["streamUrl"]!);
        await ReceiveAsync(socket); // the welcome

        var frame = await ReceiveAdvancingClockAsync(host, socket, TimeSpan.FromSeconds(20));

        Assert.Equal(string.Empty, frame);
    }

    [Fact]
    public async Task Stream_closes_when_the_conversation_expires()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:ConversationIdleTimeout"] = "00:05:00" });
        var answer = await host.StartAsync();
        using var socket = await ConnectAsync(host, (string)answer["streamUrl"]!);
        await ReceiveAsync(socket);

        // Idle for longer than the timeout: the stream's next keep-alive or the sweep finds the conversation ended.
        host.DirectLineTime.Advance(TimeSpan.FromMinutes(6));
        await host.Services.GetRequiredService<DirectLineExpiryService>().SweepAsync(CancellationToken.None);
        string? frame;
        do
        {
            frame = await ReceiveAsync(socket);
        }
        while (frame is not null);

        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Equal("conversation ended", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_client_closes_the_server_closes_too()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        using var socket = await ConnectAsync(host, (string)answer["streamUrl"]!);
        await ReceiveAsync(socket);

        using var timeout = new CancellationTokenSource(Patience);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Theory]
    [InlineData("bad-token")]
    [InlineData("")]
    public async Task Stream_without_a_valid_token_is_refused(string token)
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var url = (string)answer["streamUrl"]!;
        var refused = url[..(url.IndexOf("&t=", StringComparison.Ordinal) + 3)] + token;

        var exception = await Record.ExceptionAsync(() => ConnectAsync(host, refused));

        Assert.NotNull(exception);
        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_with_the_token_of_another_conversation_is_refused()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var other = await host.StartAsync();
        var url = (string)answer["streamUrl"]!;
        var wrong = url[..(url.IndexOf("&t=", StringComparison.Ordinal) + 3)] + Uri.EscapeDataString((string)other["token"]!);

        var exception = await Record.ExceptionAsync(() => ConnectAsync(host, wrong));

        Assert.NotNull(exception);
        Assert.Contains("403", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_per_conversation_are_bounded()
    {
        await using var host = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["DirectLine:MaxStreamsPerConversation"] = "1" });
        var answer = await host.StartAsync();
        var url = (string)answer["streamUrl"]!;
        using var first = await ConnectAsync(host, url);
        await ReceiveAsync(first);

        var exception = await Record.ExceptionAsync(() => ConnectAsync(host, url));

        Assert.NotNull(exception);
        Assert.Contains("429", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_url_by_plain_http_is_400()
    {
        await using var host = new BotApplicationFactory();
        var answer = await host.StartAsync();
        var url = new Uri((string)answer["streamUrl"]!);
        using var client = host.Client(null);

        using var response = await client.GetAsync(url.PathAndQuery);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<WebSocket> ConnectAsync(BotApplicationFactory host, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await host.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    /// <summary>The next text frame ("" for a keep-alive), or null when the server closed the stream.</summary>
    private static async Task<string?> ReceiveAsync(WebSocket socket, TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Advances the fake clock step by step until a frame arrives (the server's timer may start late).</summary>
    private static async Task<string?> ReceiveAdvancingClockAsync(BotApplicationFactory host, WebSocket socket, TimeSpan step)
    {
        var receive = ReceiveAsync(socket);
        for (var i = 0; i < 50 && !receive.IsCompleted; i++)
        {
            host.DirectLineTime.Advance(step);
            await Task.WhenAny(receive, Task.Delay(100));
        }

        return await receive;
    }
}
