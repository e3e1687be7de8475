using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// The Direct Line channel inside the bot: runs the bot's turns in-process (the same <see cref="IBot"/> and bot
/// middleware the <c>/api/messages</c> endpoint uses) and appends its replies to the conversation's activity store, from where
/// polling and WebSocket clients read them. No HTTP hop between channel and bot.
/// </summary>
public sealed class DirectLineBotAdapter : BotAdapter
{
    /// <summary>The channel id of activities on this channel.</summary>
    public const string ChannelId = "directline";

    private readonly IDirectLineConversationStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineBotAdapter> _logger;

    public DirectLineBotAdapter(
        IDirectLineConversationStore store,
        IServiceScopeFactory scopes,
        IOptions<DirectLineOptions> options,
        [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time,
        ILogger<DirectLineBotAdapter> logger,
        IEnumerable<IMiddleware> middleware,
        ITurnFailedReply failedReply)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(failedReply);
        _store = store;
        _scopes = scopes;
        _time = time;
        _logger = logger;
        Bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

        // The same bot middleware as /api/messages, in registration order: a turn here is like a turn there.
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Direct Line turn failed for an activity of type {ActivityType}", turnContext.Activity.Type);
            await turnContext.SendActivityAsync(failedReply.Create(turnContext.Activity));
        };
    }

    /// <summary>The bot's account in Direct Line activities.</summary>
    public ChannelAccount Bot { get; }

    /// <summary>Runs one turn of the bot for an activity that arrived on a Direct Line conversation.</summary>
    public async Task ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var scope = _scopes.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>
    /// Appends the activities to their conversation. A reply to a conversation that has ended is dropped and gets
    /// an empty id: a proactive sender (<see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>)
    /// reads that as "not delivered" and can try another way.
    /// </summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse(string.Empty);
            if (activity.Type == ActivityTypes.Delay)
            {
                var milliseconds = activity.Value is int delay ? delay : 1_000;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 10_000)), _time, cancellationToken);
                continue;
            }

            if (activity.Type == ActivityTypesEx.InvokeResponse || activity.Type == ActivityTypes.Trace)
            {
                continue; // not for the citizen's eyes
            }

            var conversation = await _store.FindAsync(activity.Conversation?.Id ?? string.Empty, byClient: false, cancellationToken);
            if (conversation is null)
            {
                _logger.LogDebug("Dropped a reply to a Direct Line conversation that has ended");
                continue;
            }

            Stamp(activity, conversation);
            responses[i] = new ResourceResponse(await conversation.AppendAsync(activity, keepId: false, cancellationToken));
        }

        return responses;
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = await _store.FindAsync(activity.Conversation?.Id ?? string.Empty, byClient: false, cancellationToken)
            ?? throw new InvalidOperationException("The conversation has ended.");
        Stamp(activity, conversation);

        // Same id again at a new watermark: Direct Line clients replace the earlier version.
        return new ResourceResponse(await conversation.AppendAsync(activity, keepId: true, cancellationToken));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line 3.0 has no way to delete an activity.");

    private void Stamp(Activity activity, IDirectLineConversation conversation)
    {
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = Bot;
        activity.Recipient ??= new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.Timestamp = _time.GetUtcNow();
    }
}
