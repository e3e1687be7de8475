using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Teams;

/// <summary>Teams-shaped activities as the Teams service (and the Agents Playground) sends them, and a way to post them.</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:bot-app-id";
    public const string BotName = "Haltern.Bot";
    public const string UserId = "29:user-id";
    public const string PersonalConversation = "a:personal-conversation";
    public const string Channel = "19:channel@thread.tacv2";
    public const string GroupChat = "19:group@thread.v2";

    public static Activity Personal(string text, string tenant = TeamsHost.StaffTenant) =>
        Message(text, new ConversationAccount(id: PersonalConversation) { ConversationType = "personal", TenantId = tenant }, tenant);

    public static Activity ChannelMessage(string text, bool mention, string tenant = TeamsHost.StaffTenant)
    {
        var messageId = "1700000000" + Random.Shared.Next(1000, 9999);
        var activity = Message(
            mention ? $"<at>{BotName}</at> {text}" : text,
            new ConversationAccount(isGroup: true, id: $"{Channel};messageid={messageId}") { ConversationType = "channel", TenantId = tenant },
            tenant);
        activity.ChannelData = JObject.FromObject(new TeamsChannelData
        {
            Tenant = new TenantInfo(tenant),
            Team = new TeamInfo("19:team@thread.tacv2"),
            Channel = new ChannelInfo(Channel),
        });
        if (mention)
        {
            activity.Entities = [Mention()];
        }

        return activity;
    }

    public static Activity GroupChatMessage(string text, bool mention, string tenant = TeamsHost.StaffTenant)
    {
        var activity = Message(
            mention ? $"<at>{BotName}</at> {text}" : text,
            new ConversationAccount(isGroup: true, id: GroupChat) { ConversationType = "groupChat", TenantId = tenant },
            tenant);
        if (mention)
        {
            activity.Entities = [Mention()];
        }

        return activity;
    }

    public static Activity InstallationUpdate(string conversationId, string conversationType = "personal") => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = "add",
        Id = Guid.NewGuid().ToString(),
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount(UserId),
        Recipient = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: conversationType != "personal", id: conversationId) { ConversationType = conversationType, TenantId = TeamsHost.StaffTenant },
        ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(TeamsHost.StaffTenant) }),
        Locale = "de-DE",
    };

    public static Activity MembersAdded(string conversationId, string conversationType, params string[] memberIds) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount(UserId),
        Recipient = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: conversationType != "personal", id: conversationId) { ConversationType = conversationType, TenantId = TeamsHost.StaffTenant },
        MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList(),
        ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(TeamsHost.StaffTenant) }),
        Locale = "de-DE",
    };

    public static Activity WebChat(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "webchat",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount("web-user"),
        Recipient = new ChannelAccount("bot", BotName),
        Conversation = new ConversationAccount(id: "webchat-conversation"),
        Text = text,
        Locale = "de-DE",
    };

    /// <summary>Posts the activity with <c>deliveryMode: expectReplies</c> and returns the bot's replies.</summary>
    public static async Task<IReadOnlyList<Activity>> PostAsync(HttpClient client, Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var json = JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        using var response = await client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.ToList() ?? [];
    }

    private static Activity Message(string text, ConversationAccount conversation, string tenant) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount(UserId, "Erika Mustermann") { AadObjectId = "aad-object-id" },
        Recipient = new ChannelAccount(BotId, BotName),
        Conversation = conversation,
        Text = text,
        TextFormat = "plain",
        Locale = "de-DE",
        ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(tenant) }),
    };

    private static Entity Mention()
    {
        var mention = new Mention(new ChannelAccount(BotId, BotName), $"<at>{BotName}</at>");
        var entity = new Entity();
        entity.SetAs(mention);
        return entity;
    }
}
