using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Bot.State;
using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Haltern.Bot.Bot;

/// <summary>
/// The bot layer: routes activities by type, hands the citizen's text to the domain and turns the domain's
/// reply into an Activity. It knows nothing about articles or offices. The one place that welcomes: on most
/// channels the first person who joins a conversation, in Teams the app's installation (never a new team member).
/// </summary>
public sealed class HalternBot : TeamsActivityHandler
{
    private readonly ICitizenAssistant _assistant;
    private readonly ConversationMemoryStore _memory;
    private readonly ReplyActivityFactory _replies;
    private readonly WelcomeOnce _welcomeOnce;
    private readonly ILogger<HalternBot> _logger;

    public HalternBot(ICitizenAssistant assistant, ConversationMemoryStore memory, ReplyActivityFactory replies, WelcomeOnce welcomeOnce, ILogger<HalternBot> logger)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(welcomeOnce);
        ArgumentNullException.ThrowIfNull(logger);
        _assistant = assistant;
        _memory = memory;
        _replies = replies;
        _welcomeOnce = welcomeOnce;
        _logger = logger;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var memory = await _memory.LoadAsync(turnContext, cancellationToken);
        var question = new Question(turnContext.Activity.Text ?? string.Empty, turnContext.Activity.Locale);
        var reply = await _assistant.AnswerAsync(question, memory, cancellationToken);
        await _memory.SaveAsync(turnContext, memory, cancellationToken);
        await turnContext.SendActivityAsync(_replies.Create(reply, turnContext.Activity), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var recipientId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(m => m.Id != recipientId))
        {
            return; // only the bot joined
        }

        var memory = await _memory.LoadAsync(turnContext, cancellationToken);
        if (memory.Welcomed)
        {
            return;
        }

        memory.Welcomed = true;
        await _memory.SaveAsync(turnContext, memory, cancellationToken);
        await WelcomeAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// Teams: the bot among the members added is the app's installation, welcomed once; anyone else is a new team
    /// member, not greeted in the channel. Replaces the SDK's dispatch, which would look every new member up at
    /// the Teams service only to hand them to <see cref="OnMembersAddedAsync"/>.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        return membersAdded.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase))
            ? WelcomeInstallationAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Teams: installing the app welcomes (an upgrade does not).</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        TeamsConversation.IsTeams(turnContext.Activity) && string.Equals(turnContext.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)
            ? WelcomeInstallationAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    /// <summary>An installation sends an installationUpdate and a conversationUpdate at nearly the same moment: one welcome.</summary>
    private async Task WelcomeInstallationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!_welcomeOnce.TryClaim(TeamsConversation.WelcomeKey(turnContext.Activity)))
        {
            return;
        }

        _logger.LogInformation("Welcoming a new {ConversationType} installation", turnContext.Activity.Conversation?.ConversationType ?? "unknown");
        await WelcomeAsync(turnContext, cancellationToken);
    }

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var reply = _assistant.Welcome(((Activity)turnContext.Activity).Locale);
        return turnContext.SendActivityAsync(_replies.Create(reply, turnContext.Activity), cancellationToken);
    }
}
