using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Haltern.DirectLine;

/// <summary>
/// The conversation calls of Direct Line 3.0 that Web Chat, <c>botframework-directlinejs</c> and other Direct Line
/// clients use: start, reconnect, poll, post, stream. Each answers a short <see cref="DirectLineError"/> for bad input.
/// </summary>
internal sealed class ConversationEndpoints
{
    private static readonly HashSet<string> ClientActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    private readonly DirectLineTokenService _tokens;
    private readonly DirectLineCaller _caller;
    private readonly IDirectLineConversationStore _store;
    private readonly DirectLineBotAdapter _adapter;
    private readonly DirectLineStream _stream;
    private readonly IDirectLineStreamSlots _streamSlots;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<ConversationEndpoints> _logger;

    public ConversationEndpoints(
        DirectLineTokenService tokens,
        DirectLineCaller caller,
        IDirectLineConversationStore store,
        DirectLineBotAdapter adapter,
        DirectLineStream stream,
        IDirectLineStreamSlots streamSlots,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<ConversationEndpoints> logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(streamSlots);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(logger);
        _tokens = tokens;
        _caller = caller;
        _store = store;
        _adapter = adapter;
        _stream = stream;
        _streamSlots = streamSlots;
        _options = options.Value;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Maps the conversation calls onto the Direct Line group.</summary>
    public static RouteGroupBuilder Map(RouteGroupBuilder group)
    {
        // Handlers are resolved per request, not when mapping: see DirectLineExtensions.MapDirectLine.
        group.MapPost("/conversations", (HttpContext context, ConversationEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.StartAsync(context, cancellationToken));
        group.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, ConversationEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.ReconnectAsync(context, conversationId, cancellationToken));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, ConversationEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.GetActivitiesAsync(context, conversationId, cancellationToken));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, ConversationEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.PostActivityAsync(context, conversationId, cancellationToken));
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, ConversationEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.StreamAsync(context, conversationId, cancellationToken));
        return group;
    }

    /// <summary>
    /// <c>POST conversations</c>: starts the token's conversation (or a new one with the secret) and tells the
    /// bot that the bot and the user joined; 201 when started, 200 when it was already open.
    /// </summary>
    public async Task<Results<DirectLineOk<ConversationAnswer>, DirectLineError>> StartAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var check = _caller.Authenticate(context, out var grant);
        if (check is CredentialCheck.Invalid or CredentialCheck.Expired)
        {
            return check == CredentialCheck.Invalid ? DirectLineError.Unauthorized() : DirectLineError.Forbidden("The token has expired.");
        }

        var (body, error) = await _caller.ReadBodyAsync(context.Request, cancellationToken);
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
            if (!DirectLineCaller.TryReadUserId(body, out userId, out error))
            {
                return error!;
            }
        }

        var (conversation, created, refusal) = await _store.StartAsync(conversationId, userId ?? DirectLineTokenService.NewUserId(), DirectLineCaller.ClientOf(context), cancellationToken);
        if (conversation is null)
        {
            return refusal == StartRefusal.ClientFull
                ? DirectLineError.TooMany("TooManyConversationsFromClient", "This client has too many open conversations; close one or try again later.", _options.UnusedConversationTimeout)
                : DirectLineError.TooMany("TooManyConversations", "Too many open conversations; try again later.", _options.ConversationIdleTimeout / 4);
        }

        if (created)
        {
            _logger.LogInformation("Started a Direct Line conversation");
            // The turn belongs to the conversation, not to this request: a client that goes away does not cut it short.
            await _adapter.ProcessActivityAsync(ConversationUpdate(context, conversation), _lifetime.ApplicationStopping);
        }

        var (token, expiresIn) = check == CredentialCheck.Token
            ? (DirectLineCaller.BearerOf(context)!, (int)(grant!.ExpiresAt - _time.GetUtcNow()).TotalSeconds)
            : (_tokens.Issue(conversation.Id, conversation.UserId), _tokens.ExpiresInSeconds);
        return new DirectLineOk<ConversationAnswer>(
            new ConversationAnswer(conversation.Id, token, expiresIn, StreamUrl(context, conversation, null)),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET conversations/{id}?watermark=</c>: reconnects, with a fresh stream URL.</summary>
    public async Task<Results<DirectLineOk<ConversationAnswer>, DirectLineError>> ReconnectAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        if (_caller.Authorize(context, conversationId, out var grant) is { } denied)
        {
            return denied;
        }

        if (!DirectLineWatermark.TryParse(context.Request.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadWatermark();
        }

        var conversation = await _store.FindAsync(conversationId, byClient: true, cancellationToken);
        if (conversation is null)
        {
            return DirectLineError.NotFound();
        }

        var (token, expiresIn) = grant is null
            ? (_tokens.Issue(conversation.Id, conversation.UserId), _tokens.ExpiresInSeconds)
            : (DirectLineCaller.BearerOf(context)!, (int)(grant.ExpiresAt - _time.GetUtcNow()).TotalSeconds);
        return new DirectLineOk<ConversationAnswer>(new ConversationAnswer(conversation.Id, token, expiresIn, StreamUrl(context, conversation, watermark)));
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: everything after the watermark.</summary>
    public async Task<Results<DirectLineActivitySet, DirectLineError>> GetActivitiesAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        if (_caller.Authorize(context, conversationId, out _) is { } denied)
        {
            return denied;
        }

        if (!DirectLineWatermark.TryParse(context.Request.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadWatermark();
        }

        var conversation = await _store.FindAsync(conversationId, byClient: true, cancellationToken);
        return conversation is null ? DirectLineError.NotFound() : new DirectLineActivitySet((await conversation.ReadActivitySetAsync(watermark, cancellationToken)).Json);
    }

    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: the user's activity is stored (so it comes back in the stream with
    /// its id and <c>channelData.clientActivityID</c>), the bot's turn runs, then the answer <c>{id}</c>.
    /// </summary>
    public async Task<Results<DirectLineOk<ActivityIdAnswer>, DirectLineError>> PostActivityAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        if (_caller.Authorize(context, conversationId, out var grant) is { } denied)
        {
            return denied;
        }

        var (body, error) = await _caller.ReadBodyAsync(context.Request, cancellationToken);
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
            return DirectLineError.BadRequest("The body must be an Activity in JSON.");
        }

        if (string.IsNullOrEmpty(activity.Type) || !ClientActivityTypes.Contains(activity.Type))
        {
            return DirectLineError.BadRequest("The activity type must be message, event or typing.");
        }

        var conversation = await _store.FindAsync(conversationId, byClient: true, cancellationToken);
        if (conversation is null)
        {
            return DirectLineError.NotFound();
        }

        var from = activity.From;
        var userId = grant?.UserId ?? (string.IsNullOrWhiteSpace(from?.Id) ? conversation.UserId : from.Id);
        if (userId.Length > 256)
        {
            return DirectLineError.BadRequest("from.id is too long.");
        }

        activity.Id = null;
        activity.ChannelId = DirectLineBotAdapter.ChannelId;
        activity.ServiceUrl = DirectLineCaller.ServiceUrl(context);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(userId, from?.Name, RoleTypes.User);
        activity.Recipient = _adapter.Bot;
        activity.Timestamp = _time.GetUtcNow();
        var id = await conversation.AppendAsync(activity, keepId: false, cancellationToken);

        // The activity is stored; its turn runs to the end even if the client goes away, so the reply is there
        // when it reconnects.
        await _adapter.ProcessActivityAsync(activity, _lifetime.ApplicationStopping);
        return new DirectLineOk<ActivityIdAnswer>(new ActivityIdAnswer(id));
    }

    /// <summary>
    /// <c>GET conversations/{id}/stream?t=&amp;watermark=</c>: a WebSocket (see <see cref="DirectLineStream"/>),
    /// authorized by the token in <c>t</c> since browsers cannot send headers there.
    /// </summary>
    public async Task<Results<EmptyHttpResult, DirectLineError>> StreamAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        var credential = context.Request.Query["t"].ToString();
        if (_caller.Authorize(context, conversationId, out _, string.IsNullOrEmpty(credential) ? null : credential) is { } denied)
        {
            return denied;
        }

        if (!DirectLineWatermark.TryParse(context.Request.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadWatermark();
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadRequest("This URL takes a WebSocket.");
        }

        var conversation = await _store.FindAsync(conversationId, byClient: true, cancellationToken);
        if (conversation is null)
        {
            return DirectLineError.NotFound();
        }

        await using var slot = await _streamSlots.TryClaimAsync(conversation.Id, _options.MaxStreamsPerConversation, cancellationToken);
        if (slot is null)
        {
            return DirectLineError.TooMany("TooManyStreams", "Too many streams on this conversation.", TimeSpan.FromSeconds(5));
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await _stream.RunAsync(socket, conversation, slot, watermark, cancellationToken);

        return TypedResults.Empty;
    }

    private Activity ConversationUpdate(HttpContext context, IDirectLineConversation conversation)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        return new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineBotAdapter.ChannelId,
            ServiceUrl = DirectLineCaller.ServiceUrl(context),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = _adapter.Bot,
            MembersAdded = [_adapter.Bot, user],
            Timestamp = _time.GetUtcNow(),
        };
    }

    /// <summary>The WebSocket URL of a conversation, with its own token in <c>t</c> (browsers cannot send headers there).</summary>
    private string StreamUrl(HttpContext context, IDirectLineConversation conversation, long? watermark)
    {
        var scheme = context.Request.Scheme == "https" ? "wss" : "ws";
        var token = _tokens.Issue(conversation.Id, conversation.UserId);
        return string.Create(CultureInfo.InvariantCulture,
            $"{scheme}://{context.Request.Host}{context.Request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?watermark={(watermark is null ? "-" : watermark.Value)}&t={Uri.EscapeDataString(token)}");
    }
}
