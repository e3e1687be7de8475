using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.DirectLine;

/// <summary>
/// The Direct Line 3.0 calls that Web Chat, <c>botframework-directlinejs</c> and other Direct Line clients use,
/// under <c>/v3/directline</c>. Each answers a short error for bad input: 400, 401 (unknown credential),
/// 403 (expired, or another conversation's token), 404, 413, 429.
/// </summary>
internal sealed class DirectLineEndpoints
{
    private static readonly HashSet<string> ClientActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    private readonly DirectLineTokenService _tokens;
    private readonly DirectLineConversationStore _store;
    private readonly DirectLineBotAdapter _adapter;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DirectLineEndpoints> _logger;

    public DirectLineEndpoints(
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineBotAdapter adapter,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineEndpoints> logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(logger);
        _tokens = tokens;
        _store = store;
        _adapter = adapter;
        _options = options.Value;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary><c>POST tokens/generate</c>: the secret buys a token for a new conversation.</summary>
    public async Task<IResult> GenerateTokenAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var check = Authenticate(context, out _);
        if (check != CredentialCheck.Secret)
        {
            return check == CredentialCheck.Invalid ? Unauthorized() : Forbidden("tokens/generate needs the Direct Line secret.");
        }

        var (body, error) = await ReadBodyAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!TryReadUserId(body, out var userId, out error))
        {
            return error!;
        }

        var conversationId = DirectLineTokenService.NewConversationId();
        return DirectLineResults.Json(new TokenAnswer(conversationId, _tokens.Issue(conversationId, userId), _tokens.ExpiresInSeconds));
    }

    /// <summary><c>POST tokens/refresh</c>: a valid token buys a fresh one for the same conversation.</summary>
    public IResult RefreshToken(HttpContext context)
    {
        var check = Authenticate(context, out var grant);
        return check switch
        {
            CredentialCheck.Token => DirectLineResults.Json(new TokenAnswer(
                grant!.ConversationId, _tokens.Issue(grant.ConversationId, grant.UserId), _tokens.ExpiresInSeconds)),
            CredentialCheck.Secret => Forbidden("tokens/refresh needs a token, not the secret."),
            CredentialCheck.Expired => Forbidden("The token has expired."),
            _ => Unauthorized(),
        };
    }

    /// <summary>
    /// <c>POST conversations</c>: starts the token's conversation (or a new one with the secret) and tells the
    /// bot that the bot and the user joined; 201 when started, 200 when it was already open.
    /// </summary>
    public async Task<IResult> StartConversationAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var check = Authenticate(context, out var grant);
        if (check is CredentialCheck.Invalid or CredentialCheck.Expired)
        {
            return check == CredentialCheck.Invalid ? Unauthorized() : Forbidden("The token has expired.");
        }

        var (body, error) = await ReadBodyAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        string conversationId;
        string? userId;
        if (check == CredentialCheck.Token)
        {
            conversationId = grant!.ConversationId;
            userId = grant.UserId;
        }
        else
        {
            conversationId = DirectLineTokenService.NewConversationId();
            if (!TryReadUserId(body, out userId, out error))
            {
                return error!;
            }
        }

        var conversation = _store.Start(conversationId, userId ?? DirectLineTokenService.NewUserId(), ClientOf(context), out var created, out var refusal);
        if (conversation is null)
        {
            var wait = refusal == StartRefusal.ClientFull ? _options.UnusedConversationTimeout : _options.ConversationIdleTimeout / 4;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return refusal == StartRefusal.ClientFull
                ? DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyConversationsFromClient", "This client has too many open conversations; close one or try again later.")
                : DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyConversations", "Too many open conversations; try again later.");
        }

        if (created)
        {
            _logger.LogInformation("Started a Direct Line conversation; {Open} open", _store.Count);
            // The turn belongs to the conversation, not to this request: a client that goes away does not cut it short.
            await _adapter.ProcessActivityAsync(ConversationUpdate(context, conversation), _lifetime.ApplicationStopping);
        }

        var (token, expiresIn) = check == CredentialCheck.Token
            ? (BearerOf(context)!, (int)(grant!.ExpiresAt - _time.GetUtcNow()).TotalSeconds)
            : (_tokens.Issue(conversation.Id, conversation.UserId), _tokens.ExpiresInSeconds);
        return DirectLineResults.Json(
            new ConversationAnswer(conversation.Id, token, expiresIn, StreamUrl(context, conversation, null)),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET conversations/{id}?watermark=</c>: reconnects, with a fresh stream URL.</summary>
    public IResult Reconnect(HttpContext context, string conversationId)
    {
        if (Authorize(context, conversationId, out var grant) is { } denied)
        {
            return denied;
        }

        if (!TryParseWatermark(context.Request.Query["watermark"], out var watermark))
        {
            return BadWatermark();
        }

        var conversation = _store.Find(conversationId, byClient: true);
        if (conversation is null)
        {
            return NotFound();
        }

        var (token, expiresIn) = grant is null
            ? (_tokens.Issue(conversation.Id, conversation.UserId), _tokens.ExpiresInSeconds)
            : (BearerOf(context)!, (int)(grant.ExpiresAt - _time.GetUtcNow()).TotalSeconds);
        return DirectLineResults.Json(new ConversationAnswer(conversation.Id, token, expiresIn, StreamUrl(context, conversation, watermark)));
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: everything after the watermark.</summary>
    public IResult GetActivities(HttpContext context, string conversationId)
    {
        if (Authorize(context, conversationId, out _) is { } denied)
        {
            return denied;
        }

        if (!TryParseWatermark(context.Request.Query["watermark"], out var watermark))
        {
            return BadWatermark();
        }

        var conversation = _store.Find(conversationId, byClient: true);
        return conversation is null ? NotFound() : DirectLineResults.Raw(conversation.ReadActivitySet(watermark, out _));
    }

    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: the user's activity is stored (so it comes back in the stream with
    /// its id and <c>channelData.clientActivityID</c>), the bot's turn runs, then the answer <c>{id}</c>.
    /// </summary>
    public async Task<IResult> PostActivityAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        if (Authorize(context, conversationId, out var grant) is { } denied)
        {
            return denied;
        }

        var (body, error) = await ReadBodyAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        Activity? activity;
        try
        {
            activity = string.IsNullOrWhiteSpace(body) ? null : DirectLineJson.DeserializeActivity(body);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            return BadRequest("The body must be an Activity in JSON.");
        }

        if (string.IsNullOrEmpty(activity.Type) || !ClientActivityTypes.Contains(activity.Type))
        {
            return BadRequest("The activity type must be message, event or typing.");
        }

        var conversation = _store.Find(conversationId, byClient: true);
        if (conversation is null)
        {
            return NotFound();
        }

        var from = activity.From;
        var userId = grant?.UserId ?? (string.IsNullOrWhiteSpace(from?.Id) ? conversation.UserId : from.Id);
        if (userId.Length > 256)
        {
            return BadRequest("from.id is too long.");
        }

        activity.Id = null;
        activity.ChannelId = DirectLineBotAdapter.ChannelId;
        activity.ServiceUrl = ServiceUrl(context);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(userId, from?.Name, RoleTypes.User);
        activity.Recipient = _adapter.Bot;
        activity.Timestamp = _time.GetUtcNow();
        var id = conversation.Append(activity);

        // The activity is stored; its turn runs to the end even if the client goes away, so the reply is there
        // when it reconnects.
        await _adapter.ProcessActivityAsync(activity, _lifetime.ApplicationStopping);
        return DirectLineResults.Json(new { id });
    }

    /// <summary>
    /// <c>GET conversations/{id}/stream?t=&amp;watermark=</c>: a WebSocket; each text frame is an ActivitySet, an
    /// empty frame is a keep-alive. It closes when the client closes, the conversation ends, or the server stops.
    /// </summary>
    public async Task StreamAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        var credential = context.Request.Query["t"].ToString();
        if (Authorize(context, conversationId, out _, string.IsNullOrEmpty(credential) ? null : credential) is { } denied)
        {
            await denied.ExecuteAsync(context);
            return;
        }

        if (!TryParseWatermark(context.Request.Query["watermark"], out var watermark))
        {
            await BadWatermark().ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await BadRequest("This URL takes a WebSocket.").ExecuteAsync(context);
            return;
        }

        var conversation = _store.Find(conversationId, byClient: true);
        if (conversation is null)
        {
            await NotFound().ExecuteAsync(context);
            return;
        }

        if (!conversation.TryOpenStream(_options.MaxStreamsPerConversation))
        {
            context.Response.Headers.RetryAfter = "5";
            await DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyStreams", "Too many streams on this conversation.").ExecuteAsync(context);
            return;
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await StreamActivitiesAsync(socket, conversation, watermark, cancellationToken);
        }
        finally
        {
            conversation.CloseStream();
        }
    }

    /// <summary>
    /// The client for the per-client cap: the peer address (after forwarded headers, when a proxy is configured).
    /// Loopback and no address (a proxy on this machine without forwarded headers, an in-process host) are one
    /// client that nobody can tell apart: not capped, or one address would stand for the whole town.
    /// </summary>
    private static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is null || System.Net.IPAddress.IsLoopback(address) ? string.Empty : DirectLineRateLimiter.ClientKey(address);
    }

    private async Task StreamActivitiesAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken aborted)
    {
        // Ends with the client, with the conversation, or when the server stops (so shutdown does not wait on streams).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, conversation.Ended, _lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (conversation.Watermark > watermark)
                {
                    var set = conversation.ReadActivitySet(watermark, out watermark);
                    await socket.SendAsync(Encoding.UTF8.GetBytes(set), WebSocketMessageType.Text, true, stop.Token);
                    continue;
                }

                var next = conversation.WaitForActivityAfterAsync(watermark, stop.Token);
                var keepAlive = Task.Delay(_options.StreamKeepAliveInterval, _time, stop.Token);
                var woke = await Task.WhenAny(next, keepAlive);
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                if (woke == keepAlive && conversation.Watermark <= watermark)
                {
                    _store.Find(conversation.Id); // an open stream keeps its conversation alive
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

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
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

        await stop.CancelAsync();
        await receiving;
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

    private Activity ConversationUpdate(HttpContext context, DirectLineConversation conversation)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        return new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineBotAdapter.ChannelId,
            ServiceUrl = ServiceUrl(context),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = _adapter.Bot,
            MembersAdded = [_adapter.Bot, user],
            Timestamp = _time.GetUtcNow(),
        };
    }

    private CredentialCheck Authenticate(HttpContext context, out DirectLineGrant? grant, string? credential = null) =>
        _tokens.Check(credential ?? BearerOf(context), out grant);

    /// <summary>Null when the caller may use this conversation; otherwise the 401/403 to answer.</summary>
    private IResult? Authorize(HttpContext context, string conversationId, out DirectLineGrant? grant, string? credential = null)
    {
        switch (Authenticate(context, out grant, credential))
        {
            case CredentialCheck.Secret:
                return null;
            case CredentialCheck.Token when string.Equals(grant!.ConversationId, conversationId, StringComparison.Ordinal):
                return null;
            case CredentialCheck.Token:
                return Forbidden("The token is for another conversation.");
            case CredentialCheck.Expired:
                return Forbidden("The token has expired.");
            default:
                return Unauthorized();
        }
    }

    private static string? BearerOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>Reads a body of at most <c>MaxRequestBodyBytes</c>; a larger one is a 413.</summary>
    private async Task<(string Body, IResult? Error)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return (string.Empty, TooLarge());
        }

        var buffer = new byte[Math.Min(limit + 1, (int)(request.ContentLength ?? limit + 1L))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read > limit)
        {
            return (string.Empty, TooLarge());
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(buffer, 0, read), null);
        }
        catch (DecoderFallbackException)
        {
            return (string.Empty, BadRequest("The body must be UTF-8."));
        }
    }

    /// <summary>Reads the optional <c>{"user":{"id":…}}</c> of tokens/generate and conversations.</summary>
    private static bool TryReadUserId(string body, out string? userId, out IResult? error)
    {
        userId = null;
        error = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return true;
        }

        try
        {
            var json = JsonConvert.DeserializeObject<JToken>(body, DirectLineJson.Settings);
            if (json is JObject { } root && root["user"] is JObject user && user["id"] is JValue { Type: JTokenType.String } id)
            {
                userId = (string?)id;
            }
        }
        catch (JsonException)
        {
            error = BadRequest("The body must be JSON.");
            return false;
        }

        if (userId is { Length: 0 or > 256 })
        {
            error = BadRequest("user.id must be 1 to 256 characters.");
            return false;
        }

        return true;
    }

    /// <summary>Watermarks are opaque to clients; here they are sequence numbers. Empty or "-" means "from the start".</summary>
    private static bool TryParseWatermark(string? value, out long watermark)
    {
        watermark = 0;
        if (string.IsNullOrEmpty(value) || value == "-")
        {
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }

    private static string ServiceUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";

    /// <summary>The WebSocket URL of a conversation, with its own token in <c>t</c> (browsers cannot send headers there).</summary>
    private string StreamUrl(HttpContext context, DirectLineConversation conversation, long? watermark)
    {
        var scheme = context.Request.Scheme == "https" ? "wss" : "ws";
        var token = _tokens.Issue(conversation.Id, conversation.UserId);
        return string.Create(CultureInfo.InvariantCulture,
            $"{scheme}://{context.Request.Host}{context.Request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?watermark={(watermark is null ? "-" : watermark.Value)}&t={Uri.EscapeDataString(token)}");
    }

    private static IResult BadRequest(string message) => DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    private static IResult BadWatermark() => BadRequest("The watermark is not one this server gave out.");

    private static IResult Unauthorized() => DirectLineResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Unknown secret or token.");

    private static IResult Forbidden(string message) => DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpiredOrWrong", message);

    private static IResult NotFound() => DirectLineResults.Error(StatusCodes.Status404NotFound, "BadArgument", "Unknown or expired conversation.");

    private static IResult TooLarge() => DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large.");

    private sealed record TokenAnswer(
        [property: JsonProperty("conversationId")] string ConversationId,
        [property: JsonProperty("token")] string Token,
        [property: JsonProperty("expires_in")] int ExpiresIn);

    private sealed record ConversationAnswer(
        [property: JsonProperty("conversationId")] string ConversationId,
        [property: JsonProperty("token")] string Token,
        [property: JsonProperty("expires_in")] int ExpiresIn,
        [property: JsonProperty("streamUrl")] string StreamUrl);
}
