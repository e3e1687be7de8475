using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff;

/// <summary>
/// Answers the staff commands ("offene Fragen", "Statistik", "Wissensstand") in Teams conversations of the city's
/// tenants (<see cref="TeamsOptions.StaffTenantIds"/>) and refuses them politely everywhere else. Every other
/// message goes on to the bot. Runs after <see cref="TeamsMiddleware"/>, so the @mention is already removed.
/// </summary>
public sealed class StaffMiddleware : IMiddleware
{
    private readonly StaffReports _reports;
    private readonly IOptionsMonitor<TeamsOptions> _teams;
    private readonly ILogger<StaffMiddleware> _logger;

    public StaffMiddleware(StaffReports reports, IOptionsMonitor<TeamsOptions> teams, ILogger<StaffMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(logger);
        _reports = reports;
        _teams = teams;
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

        string text;
        if (!IsStaff(turnContext))
        {
            _logger.LogInformation("Refused the staff command {Command} on channel {ChannelId}", command.Kind, activity.ChannelId);
            text = command.English
                ? "This is a tool for the staff of the town administration and is only available to them in Microsoft Teams. I'm happy to answer your questions about the town, though: just ask."
                : "Diese Auswertung ist nur für die Mitarbeitenden der Stadtverwaltung in Microsoft Teams verfügbar. Ihre Fragen zur Stadt beantworte ich aber gern: Fragen Sie einfach.";
        }
        else
        {
            _logger.LogInformation("Answering the staff command {Command}", command.Kind);
            text = command.Kind switch
            {
                StaffCommandKind.OpenQuestions => await _reports.OpenQuestionsAsync(command.English, cancellationToken),
                StaffCommandKind.Statistics => await _reports.StatisticsAsync(command.English, cancellationToken),
                _ => _reports.KnowledgeStatus(command.English),
            };
        }

        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Locale = command.English ? "en-US" : "de-DE";
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>
    /// Staff are Teams users of a configured tenant, on a request the Bot Framework authenticated (without
    /// authentication anybody could claim a tenant; <see cref="TeamsOptions.AllowStaffWithoutAuthentication"/>
    /// lifts this for local tests only).
    /// </summary>
    private bool IsStaff(ITurnContext turnContext)
    {
        var options = _teams.CurrentValue;
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity))
        {
            return false;
        }

        var tenant = TeamsConversation.TenantId(activity);
        if (string.IsNullOrWhiteSpace(tenant)
            || !options.StaffTenantIds.Any(t => string.Equals(t?.Trim(), tenant, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return options.AllowStaffWithoutAuthentication || TeamsConversation.IsAuthenticated(turnContext);
    }
}
