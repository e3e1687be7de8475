using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Teams;

/// <summary>What the bot needs to know about a Teams conversation: its kind, its tenant, whether it was addressed.</summary>
public static class TeamsConversation
{
    /// <summary>Key in a card button's value that marks a choice offered by this bot (see <see cref="TeamsReplyFormatter"/>).</summary>
    public const string ChoiceKey = "halternChoice";

    /// <summary>Key in a card's submit data that names a staff action on a citizen's request (see Staff/Handoff).</summary>
    public const string ActionKey = "halternAction";

    private const string ThreadMarker = ";messageid=";

    /// <summary>
    /// The key under which a conversation is welcomed once (<see cref="WelcomeOnce"/>): channel and conversation,
    /// without a channel thread's <c>;messageid=</c> part.
    /// </summary>
    public static string WelcomeKey(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}|{WithoutThread(activity.Conversation?.Id ?? string.Empty)}";
    }

    /// <summary>True for activities from Microsoft Teams.</summary>
    public static bool IsTeams(IActivity activity) =>
        string.Equals(activity?.ChannelId, Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a Teams channel or group chat, where several people read along and the bot is @mentioned.</summary>
    public static bool IsShared(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        if (conversation is null)
        {
            return false;
        }

        return conversation.ConversationType is "channel" or "groupChat"
            || (conversation.ConversationType is null && conversation.IsGroup == true);
    }

    /// <summary>The Microsoft Entra tenant of a Teams activity, or null.</summary>
    public static string? TenantId(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        if (activity.ChannelData is null)
        {
            return null;
        }

        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null; // channel data of another shape: no tenant
        }
    }

    /// <summary>True when the message @mentions the bot itself.</summary>
    public static bool MentionsBot(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId)
            && activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the message comes from a button of a card this bot sent (no @mention needed then).</summary>
    public static bool IsChoiceFromCard(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is JObject value && (value.ContainsKey(ChoiceKey) || value.ContainsKey(ActionKey));
    }

    /// <summary>A channel conversation id without a thread's <c>;messageid=</c> part (the channel itself).</summary>
    public static string WithoutThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? conversationId[..thread] : conversationId;
    }

    /// <summary>The id of the message whose thread a channel conversation id names (<c>…;messageid=ID</c>), or null.</summary>
    public static string? ThreadMessageId(string? conversationId)
    {
        var thread = conversationId?.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        return thread >= 0 ? conversationId![(thread + ThreadMarker.Length)..] : null;
    }

    /// <summary>True when the request that carried this turn was authenticated by the Bot Framework (not anonymous).</summary>
    public static bool IsAuthenticated(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
        return identity is { IsAuthenticated: true }
            && !string.Equals(identity.AuthenticationType, AuthenticationConstants.AnonymousAuthType, StringComparison.OrdinalIgnoreCase);
    }
}
