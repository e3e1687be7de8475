using System.Globalization;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// The turns of a request after it was passed on. Staff in Teams: a card's "Antworten", "Übernehmen" or "Als Wissen
/// speichern", or a reply in the thread of a request's message, answers it; the answer goes to the citizen
/// (<see cref="CitizenDelivery"/>), the request is deleted and the thread says whether it arrived. Citizens: a
/// message that is only an e-mail address, in a chat with an open request, is kept with that request for
/// delivery. Everything else goes on. Runs after <see cref="StaffMiddleware"/> and before the consent middleware.
/// </summary>
public sealed class HandoffMiddleware : IMiddleware
{
    private readonly HandoffStore _store;
    private readonly StaffMembers _staff;
    private readonly CitizenDelivery _delivery;
    private readonly KnowledgeFromAnswers _knowledge;
    private readonly HandoffOptions _options;
    private readonly ILogger<HandoffMiddleware> _logger;

    public HandoffMiddleware(
        HandoffStore store,
        StaffMembers staff,
        CitizenDelivery delivery,
        KnowledgeFromAnswers knowledge,
        IOptions<HandoffOptions> options,
        ILogger<HandoffMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _staff = staff;
        _delivery = delivery;
        _knowledge = knowledge;
        _options = options.Value;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        await _store.RefreshChannelAsync(cancellationToken); // whether the offer can be made this turn
        var handled = TeamsConversation.IsTeams(activity) && _staff.IsStaff(turnContext)
            ? await StaffTurnAsync(turnContext, cancellationToken)
            : await CitizenEmailAsync(turnContext, cancellationToken);
        if (!handled)
        {
            await next(cancellationToken);
        }
    }

    private async Task<bool> StaffTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var english = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        if (activity.Value is JObject value && value[TeamsConversation.ActionKey]?.ToString() is { Length: > 0 } action)
        {
            var number = value["request"]?.Type == JTokenType.Integer ? (int)value["request"]! : 0;
            switch (action)
            {
                case StaffChannelMessages.AnswerAction:
                    await AnswerAsync(turnContext, number, value["answer"]?.ToString(), english, cancellationToken);
                    return true;
                case StaffChannelMessages.TakeAction:
                    await TakeAsync(turnContext, number, english, cancellationToken);
                    return true;
                case StaffChannelMessages.SaveAction:
                    await SaveAsync(turnContext, value, english, cancellationToken);
                    return true;
                default:
                    return false;
            }
        }

        // A reply in the thread of a request's message answers it.
        if (TeamsConversation.ThreadMessageId(activity.Conversation.Id) is { Length: > 0 } messageId
            && !string.IsNullOrWhiteSpace(activity.Text)
            && await _store.FindByStaffMessageAsync(messageId, cancellationToken) is { } thread)
        {
            await AnswerAsync(turnContext, thread.Number, activity.Text, english, cancellationToken);
            return true;
        }

        return false;
    }

    private async Task AnswerAsync(ITurnContext turnContext, int number, string? answer, bool english, CancellationToken cancellationToken)
    {
        var phrases = StaffPhrases.For(english);
        if (string.IsNullOrWhiteSpace(answer))
        {
            await ReplyAsync(turnContext, phrases.EmptyAnswer, english, cancellationToken);
            return;
        }

        var request = await _store.FindAsync(number, cancellationToken);
        if (request is null || !await _store.TryClaimAsync(request, cancellationToken))
        {
            await ReplyAsync(turnContext, Unknown(phrases, number), english, cancellationToken);
            return;
        }

        answer = answer.Trim();
        var delivery = await _delivery.DeliverAsync(request, answer, cancellationToken);
        await _store.DeleteAsync(request, cancellationToken);
        _logger.LogInformation("Request {Number} answered by staff: {Delivery}", number, delivery);

        var status = delivery switch
        {
            Delivery.Chat => phrases.AnsweredInChat,
            Delivery.Email => phrases.AnsweredByMail,
            _ => phrases.AnsweredUndeliverable,
        };
        var reply = Reply(StaffPhrases.Fill(status, ("number", Number(number)), ("name", StaffText.Escape(turnContext.Activity.From?.Name ?? "?"))), english);
        reply.Attachments = [StaffChannelMessages.SaveCard(number, request.Question, answer, english)];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private async Task TakeAsync(ITurnContext turnContext, int number, bool english, CancellationToken cancellationToken)
    {
        var phrases = StaffPhrases.For(english);
        var text = await _store.FindAsync(number, cancellationToken) is { Answering: false }
            ? StaffPhrases.Fill(phrases.Taken, ("number", Number(number)), ("name", StaffText.Escape(turnContext.Activity.From?.Name ?? "?")))
            : Unknown(phrases, number);
        await ReplyAsync(turnContext, text, english, cancellationToken);
    }

    private async Task SaveAsync(ITurnContext turnContext, JObject value, bool english, CancellationToken cancellationToken)
    {
        var phrases = StaffPhrases.For(english);
        var title = value["title"]?.ToString();
        var question = value["question"]?.ToString();
        var answer = value["answer"]?.ToString();
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(answer))
        {
            await ReplyAsync(turnContext, phrases.SaveIncomplete, english, cancellationToken);
            return;
        }

        var file = await _knowledge.SaveAsync(title, question, answer, cancellationToken);
        _logger.LogInformation("Saved a staff answer as the knowledge file {File}", file);
        // The name is a slug (letters, digits, dashes): nothing in it to escape.
        await ReplyAsync(turnContext, StaffPhrases.Fill(phrases.Saved, ("file", file)), english, cancellationToken);
    }

    private async Task<bool> CitizenEmailAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!_options.MailConfigured || !HandoffMailer.IsAddress(activity.Text)
            || await _store.FindByChatAsync(activity.ChannelId, activity.Conversation.Id, cancellationToken) is not { Answering: false } request)
        {
            return false;
        }

        request.Email = activity.Text.Trim();
        await _store.SaveAsync(request, cancellationToken);
        _logger.LogInformation("Kept an e-mail address for request {Number}", request.Number);
        var phrases = StaffPhrases.For(request.English);
        await ReplyAsync(turnContext, StaffPhrases.Fill(phrases.EmailKept, ("number", Number(request.Number))), request.English, cancellationToken);
        return true;
    }

    private string Unknown(StaffPhrases phrases, int number) =>
        StaffPhrases.Fill(StaffPhrases.Fill(phrases.UnknownRequest, _options.RetentionDays, TimeSpan.Zero), ("number", Number(number)));

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static Activity Reply(string text, bool english)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Locale = english ? "en-US" : "de-DE";
        return reply;
    }

    private static Task ReplyAsync(ITurnContext turnContext, string text, bool english, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Reply(text, english), cancellationToken);
}
