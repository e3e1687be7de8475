using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// The consent mechanism around a turn. Before the bot: a message that accepts the offer of the reply just before
/// hands the pending question to the purpose that was offered and answers with what it says; any other message
/// drops the pending question. After the bot: a question the turn offered to pass on is kept pending in memory.
/// Runs after the Teams middleware (mentions already removed) and the staff commands.
/// </summary>
public sealed class ConsentMiddleware : IMiddleware
{
    private readonly ConsentOffers _offers;
    private readonly PendingQuestions _pending;
    private readonly TimeSpan _memory;
    private readonly ILogger<ConsentMiddleware> _logger;

    public ConsentMiddleware(ConsentOffers offers, PendingQuestions pending, IOptions<ConversationStoreOptions> store, ILogger<ConsentMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        _offers = offers;
        _pending = pending;
        _memory = store.Value.TimeToLive;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var pending = await _pending.TakeAsync(activity, cancellationToken);
        if (pending is not null && _offers.Accepts(activity.Text, pending) && _offers.Find(pending.Purpose) is { } purpose)
        {
            _logger.LogInformation("A citizen agreed to {Purpose}", purpose.Name);
            var confirmation = await purpose.AcceptAsync(pending, turnContext, cancellationToken);
            await SendAsync(turnContext, confirmation, pending.English, cancellationToken);
            return;
        }

        if (pending is null && _offers.IsAcceptButton(activity.Text))
        {
            var english = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
            var phrases = StaffPhrases.For(english);
            await SendAsync(turnContext, StaffPhrases.Fill(phrases.NothingPending, 0, _memory), english, cancellationToken);
            return;
        }

        var turn = ConsentOffers.BeginTurn();
        await next(cancellationToken);
        if (turn.Pending is { } offered)
        {
            await _pending.KeepAsync(activity, offered, cancellationToken);
        }
    }

    private static Task SendAsync(ITurnContext turnContext, string text, bool english, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = english ? "en-US" : "de-DE";
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
