using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, <c>-c msteams</c>) run with node on
/// 127.0.0.1 and driven through its HTTP API the way its web UI does it; the bot's replies come from its
/// WebSocket. Started and stopped by the test.
/// </summary>
internal sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonNode> _messages = System.Threading.Channels.Channel.CreateUnbounded<JsonNode>();
    private readonly string _workingDirectory;
    private readonly StringBuilder _log = new();
    private Task? _reader;

    private AgentsPlayground(Process process, int port, string workingDirectory)
    {
        _process = process;
        Port = port;
        _workingDirectory = workingDirectory;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public JsonNode Config { get; private set; } = new JsonObject();

    public string BotId => (string)Config["bot"]!["id"]!;
    public string BotName => (string)Config["bot"]!["name"]!;
    public string TenantId => (string)Config["tenantId"]!;
    public string UserId => (string)Config["currentUser"]!["id"]!;
    public string PersonalChat => (string)Config["personalChat"]!["id"]!;
    public string Channel => (string)Config["teams"]![0]!["channels"]![0]!["id"]!;

    /// <summary>What the playground printed (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the playground for the bot at <paramref name="botEndpoint"/> and connects to its reply stream.</summary>
    public static async Task<AgentsPlayground> StartAsync(string botEndpoint, CancellationToken cancellationToken)
    {
        var cli = TeamsTools.NodeModule("@microsoft/m365agentsplayground/cli.js");
        var port = FreePort();
        var workingDirectory = Path.Combine(Path.GetTempPath(), "haltern-playground-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory); // it writes devTools/ logs into its working directory

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // node, not npx: killing npx would leave the server running. loopback.js keeps it on 127.0.0.1.
        foreach (var argument in new[]
        {
            "--require", Path.Combine(TeamsTools.NodeFolder, "loopback.js"), cli,
            "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--su", $"http://127.0.0.1:{port}/_connector", "--dt",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start)!;
        var playground = new AgentsPlayground(process, port, workingDirectory);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => playground.OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => playground.OnOutput(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var actualPort = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            if (actualPort != port)
            {
                throw new InvalidOperationException($"The playground moved from busy port {port} to {actualPort}.");
            }

            playground.Config = JsonNode.Parse(await playground._http.GetStringAsync("/_internal/v1/config", cancellationToken))!["config"]!;
            await playground._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), cancellationToken);
            playground._reader = playground.ReadAsync(playground._stop.Token);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>Installs the app in a conversation, as the playground's "install" does (installationUpdate + conversationUpdate).</summary>
    public async Task InstallAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync($"/_debug/conversation/{conversationId}/installation", Json(new JsonObject()), cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"install: {(int)response.StatusCode}");
    }

    /// <summary>Sends a message as the current user; with <paramref name="mentionBot"/> it starts with the bot's @mention.</summary>
    /// <returns>The conversation the bot answers in (in a channel: the new thread).</returns>
    public async Task<string> SendAsync(string conversationId, string text, bool mentionBot, CancellationToken cancellationToken)
    {
        var mention = $"<at>{BotName}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = UserId },
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = mention });
        }

        using var response = await _http.PostAsync($"/_conversation/v1/conversations/{conversationId}/messages", Json(body), cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"send: {(int)response.StatusCode} {answer}");
        return (string?)JsonNode.Parse(answer)!["postConversationId"] ?? conversationId;
    }

    /// <summary>The bot's messages that arrive in <paramref name="conversationId"/> within <paramref name="wait"/>.</summary>
    public Task<IReadOnlyList<JsonNode>> BotMessagesAsync(string conversationId, TimeSpan wait, int stopAfter, CancellationToken cancellationToken) =>
        BotMessagesAsync(id => id == conversationId, wait, stopAfter, cancellationToken);

    /// <summary>The bot's messages that arrive in a conversation <paramref name="inConversation"/> accepts, within <paramref name="wait"/>.</summary>
    public async Task<IReadOnlyList<JsonNode>> BotMessagesAsync(Func<string?, bool> inConversation, TimeSpan wait, int stopAfter, CancellationToken cancellationToken)
    {
        var found = new List<JsonNode>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            while (found.Count < stopAfter)
            {
                var frame = await _messages.Reader.ReadAsync(timeout.Token);
                if ((string?)frame["action"] == "createMessage"
                    && inConversation((string?)frame["actionConversationId"])
                    && (string?)frame["message"]?["from"]?["id"] == BotId)
                {
                    found.Add(frame["message"]!);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // waited long enough
        }

        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        if (_reader is not null)
        {
            try
            {
                await _reader;
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // the server is gone
            }
        }

        _socket.Dispose();
        _http.Dispose();
        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a log file still being closed: the temp folder is cleaned by the system
        }
    }

    private void OnOutput(string? line, TaskCompletionSource<int>? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        const string prefix = "Listening on ";
        if (listening is not null && line.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(line[prefix.Length..], out var port))
        {
            listening.TrySetResult(port);
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(frame.ToArray());
            frame.SetLength(0);
            if (text.Length > 0 && JsonNode.Parse(text) is { } node)
            {
                await _messages.Writer.WriteAsync(node, cancellationToken);
            }
        }
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
