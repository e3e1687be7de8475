using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Teams;

/// <summary>
/// Teams conventions, kept out of the bot class: in channels and group chats only messages that @mention the bot
/// (or come from its card buttons) go on, with the mention removed; every reply is made readable in Teams (<see cref="TeamsReplyFormatter"/>). Other channels pass through untouched.
/// Replies go to the conversation of the incoming activity, which in a channel is the thread
/// (<c>19:…;messageid=…</c>), so the bot answers in the thread. Installation and membership events go on to the
/// bot, a <c>TeamsActivityHandler</c>, which welcomes an installation once.
/// </summary>
public sealed partial class TeamsMiddleware : IMiddleware
{
    private readonly ILogger<TeamsMiddleware> _logger;

    public TeamsMiddleware(ILogger<TeamsMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity))
        {
            await next(cancellationToken);
            return;
        }

        var shared = TeamsConversation.IsShared(activity);
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var outgoing in activities)
            {
                TeamsReplyFormatter.Format(outgoing, shared);
            }

            return await nextSend();
        });

        if (activity.Type == ActivityTypes.Message)
        {
            if (shared && !TeamsConversation.MentionsBot(activity) && !TeamsConversation.IsChoiceFromCard(activity))
            {
                _logger.LogDebug("Ignored a {ConversationType} message that does not mention the bot", activity.Conversation?.ConversationType);
                return;
            }

            activity.Text = WithoutMentions(activity);
        }

        await next(cancellationToken);
    }

    /// <summary>The message text without the bot's @mention; other people's mentions keep just their names.</summary>
    internal static string WithoutMentions(Activity activity)
    {
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text) && activity.Value is Newtonsoft.Json.Linq.JObject value
            && value[TeamsConversation.ChoiceKey]?.ToString() is { Length: > 0 } choice)
        {
            text = choice; // a card button whose client sent the choice only as its value
        }

        var name = activity.Recipient?.Name;
        if (!string.IsNullOrEmpty(name))
        {
            // A mention entity whose text differs from the message (clients vary in spacing and case).
            text = Regex.Replace(text, $@"<at[^>]*>\s*{Regex.Escape(name)}\s*</at>", string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        text = AtTag().Replace(text, "$1");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
