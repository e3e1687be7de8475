using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Staff;

/// <summary>
/// Answers the staff commands ("offene Fragen", "Statistik", "Wissensstand", "Bürgeranfragen hier" / "aus") in
/// Teams conversations of the city's tenants (<see cref="StaffMembers"/>) and refuses them politely everywhere
/// else. Every other message goes on to the bot. Runs after <see cref="TeamsMiddleware"/>, so the @mention is
/// already removed.
/// </summary>
public sealed class StaffMiddleware : IMiddleware
{
    private readonly StaffReports _reports;
    private readonly StaffMembers _staff;
    private readonly HandoffStore _handoff;
    private readonly ILogger<StaffMiddleware> _logger;

    public StaffMiddleware(StaffReports reports, StaffMembers staff, HandoffStore handoff, ILogger<StaffMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(logger);
        _reports = reports;
        _staff = staff;
        _handoff = handoff;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || !StaffCommand.TryParse(activity.Text, out var command))
        {
            await next(cancellationToken);
            return;
        }

        var phrases = StaffPhrases.For(command.English);
        string text;
        if (!_staff.IsStaff(turnContext))
        {
            _logger.LogInformation("Refused the staff command {Command} on channel {ChannelId}", command.Kind, activity.ChannelId);
            text = phrases.StaffOnly;
        }
        else
        {
            _logger.LogInformation("Answering the staff command {Command}", command.Kind);
            text = command.Kind switch
            {
                StaffCommandKind.OpenQuestions => await _reports.OpenQuestionsAsync(command.English, cancellationToken),
                StaffCommandKind.Statistics => await _reports.StatisticsAsync(command.English, cancellationToken),
                StaffCommandKind.RequestsHere => await SetChannelAsync(turnContext, command.English, cancellationToken),
                StaffCommandKind.RequestsOff => await RemoveChannelAsync(phrases, cancellationToken),
                _ => _reports.KnowledgeStatus(command.English),
            };
        }

        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Locale = command.English ? "en-US" : "de-DE";
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private async Task<string> SetChannelAsync(ITurnContext turnContext, bool english, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await _handoff.SetChannelAsync(
            new StaffChannel
            {
                ServiceUrl = activity.ServiceUrl,
                ConversationId = TeamsConversation.WithoutThread(activity.Conversation.Id),
                TenantId = TeamsConversation.TenantId(activity),
                BotId = activity.Recipient?.Id ?? string.Empty,
                BotName = activity.Recipient?.Name,
                English = english,
            },
            cancellationToken);
        return StaffPhrases.Fill(StaffPhrases.For(english).ChannelSet, ("bot", StaffText.Escape(activity.Recipient?.Name ?? "Bot")));
    }

    private async Task<string> RemoveChannelAsync(StaffPhrases phrases, CancellationToken cancellationToken)
    {
        await _handoff.RemoveChannelAsync(cancellationToken);
        return phrases.ChannelOff;
    }
}
