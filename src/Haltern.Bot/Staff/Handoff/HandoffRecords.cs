using Microsoft.Bot.Connector;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// Where requests go: the Teams channel a staff member chose with "Bürgeranfragen hier" (its conversation without
/// a thread, the service URL and tenant to post there).
/// </summary>
public sealed class StaffChannel
{
    public string ServiceUrl { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string? TenantId { get; set; }

    public string BotId { get; set; } = string.Empty;

    public string? BotName { get; set; }

    /// <summary>Whether staff chose the channel in English ("citizen requests here"): the language of the posts there.</summary>
    public bool English { get; set; }

    /// <summary>The reference the SDK continues the channel's conversation with (a new post, not a thread reply).</summary>
    public ConversationReference Reference() => new()
    {
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: ConversationId, tenantId: TenantId),
        Bot = new ChannelAccount(BotId, BotName),
    };
}

/// <summary>
/// A citizen's question passed to staff with consent: what staff see (masked), where the answer goes (the chat's
/// address, an e-mail address if the citizen left one) and when it is deleted at the latest.
/// </summary>
public sealed class HandoffRequest : IStoreItem
{
    public int Number { get; set; }

    /// <summary>The question as the masker left it.</summary>
    public string Question { get; set; } = string.Empty;

    public DateTimeOffset AskedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public bool English { get; set; }

    /// <summary>The citizen's chat: channel, service URL, conversation, the citizen's and the bot's id.</summary>
    public CitizenChat Chat { get; set; } = new();

    /// <summary>Where an answer goes when the chat has closed; null unless the citizen wrote it.</summary>
    public string? Email { get; set; }

    /// <summary>The id of the request's message in the staff channel (its thread).</summary>
    public string? StaffMessageId { get; set; }

    /// <summary>True once a staff member's answer is being delivered: a second answer is refused.</summary>
    public bool Answering { get; set; }

    /// <summary>True once answered: only the number and the staff message are left, until the expiry.</summary>
    public bool Closed { get; set; }

    public string? ETag { get; set; }
}

/// <summary>The least of a conversation reference that delivers a message into a citizen's chat.</summary>
public sealed class CitizenChat
{
    public string ChannelId { get; set; } = string.Empty;

    public string ServiceUrl { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public string? BotId { get; set; }

    public string? Locale { get; set; }

    /// <summary>True for a conversation of the bot's own Direct Line (delivered in-process, not over HTTP).</summary>
    public bool BuiltInDirectLine { get; set; }

    public static CitizenChat Of(IActivity activity, bool builtInDirectLine)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new CitizenChat
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            ConversationId = activity.Conversation.Id,
            UserId = activity.From?.Id,
            BotId = activity.Recipient?.Id,
            Locale = (activity as IMessageActivity)?.Locale,
            BuiltInDirectLine = builtInDirectLine,
        };
    }

    public ConversationReference Reference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(id: ConversationId),
        User = UserId is null ? null : new ChannelAccount(UserId, role: RoleTypes.User),
        Bot = BotId is null ? null : new ChannelAccount(BotId, role: RoleTypes.Bot),
        Locale = Locale,
    };
}
