using Haltern.Bot.Tests.Infrastructure;
using Haltern.Bot.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Teams;

/// <summary>Teams-shaped activities through the real host and SDK adapter (expectReplies).</summary>
public sealed class TeamsConversationTests : IDisposable
{
    private readonly EchoAssistant _assistant = new();
    private readonly BotApplicationFactory _factory;
    private readonly HttpClient _client;

    public TeamsConversationTests()
    {
        _factory = TeamsHost.Create(_assistant);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Personal_message_is_answered_with_suggested_actions_limited_to_three()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Wann hat das Bürgerbüro offen?"));

        var reply = Assert.Single(replies);
        Assert.Equal("Antwort auf: Wann hat das Bürgerbüro offen?", reply.Text);
        Assert.Equal(["Öffnungszeiten", "Neuigkeiten"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.True(reply.Attachments is null || reply.Attachments.Count == 0);
    }

    [Fact]
    public async Task Channel_message_with_mention_is_answered_in_the_thread_without_the_mention()
    {
        var question = TeamsActivities.ChannelMessage("Wann hat das Bürgerbüro offen?", mention: true);

        var replies = await TeamsActivities.PostAsync(_client, question);

        var reply = Assert.Single(replies);
        Assert.Equal("Wann hat das Bürgerbüro offen?", Assert.Single(_assistant.Questions));
        Assert.DoesNotContain("<at>", reply.Text, StringComparison.Ordinal);
        Assert.Equal(question.Conversation.Id, reply.Conversation.Id); // 19:…;messageid=…: the thread
        Assert.Equal(question.Id, reply.ReplyToId);
    }

    [Fact]
    public async Task Channel_reply_offers_choices_as_adaptive_card_buttons_instead_of_suggested_actions()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.ChannelMessage("Neuigkeiten", mention: true));

        var reply = Assert.Single(replies);
        Assert.Null(reply.SuggestedActions);
        var card = Assert.Single(reply.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = JObject.FromObject(card.Content);
        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        var actions = content["actions"]!.ToList();
        Assert.Equal(["Öffnungszeiten", "Neuigkeiten"], actions.Select(a => (string?)a["title"]));
        Assert.All(actions, a => Assert.Equal("messageBack", (string?)a["data"]!["msteams"]!["type"]));
    }

    [Fact]
    public async Task Channel_message_without_mention_gets_no_reply()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.ChannelMessage("Wann hat das Bürgerbüro offen?", mention: false));

        Assert.Empty(replies);
        Assert.Empty(_assistant.Questions);
    }

    [Fact]
    public async Task Card_button_in_a_channel_is_answered_without_a_mention()
    {
        var click = TeamsActivities.ChannelMessage("Öffnungszeiten", mention: false);
        click.Value = new JObject { [TeamsConversation.ChoiceKey] = "Öffnungszeiten" };

        var replies = await TeamsActivities.PostAsync(_client, click);

        Assert.Single(replies);
        Assert.Equal("Öffnungszeiten", Assert.Single(_assistant.Questions));
    }

    [Fact]
    public async Task Group_chat_answers_only_when_mentioned()
    {
        var ignored = await TeamsActivities.PostAsync(_client, TeamsActivities.GroupChatMessage("Was gibt es Neues?", mention: false));
        var answered = await TeamsActivities.PostAsync(_client, TeamsActivities.GroupChatMessage("Was gibt es Neues?", mention: true));

        Assert.Empty(ignored);
        var reply = Assert.Single(answered);
        Assert.Equal("Antwort auf: Was gibt es Neues?", reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Single(reply.Attachments);
    }

    [Fact]
    public async Task Installation_sends_two_activities_and_gives_one_welcome()
    {
        const string conversation = "a:new-personal-install";
        var first = await TeamsActivities.PostAsync(_client, TeamsActivities.InstallationUpdate(conversation));
        var second = await TeamsActivities.PostAsync(_client, TeamsActivities.MembersAdded(conversation, "personal", TeamsActivities.UserId, TeamsActivities.BotId));

        var welcome = Assert.Single(first.Concat(second));
        Assert.StartsWith("**Willkommen**", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installation_activities_arriving_together_give_one_welcome()
    {
        const string conversation = "19:team-general@thread.tacv2";
        var results = await Task.WhenAll(
            TeamsActivities.PostAsync(_client, TeamsActivities.MembersAdded(conversation, "channel", TeamsActivities.BotId)),
            TeamsActivities.PostAsync(_client, TeamsActivities.InstallationUpdate(conversation, "channel")));

        var welcome = Assert.Single(results.SelectMany(r => r));
        Assert.NotNull(welcome.Attachments); // a channel: the choices as card buttons
        Assert.Null(welcome.SuggestedActions);
    }

    [Fact]
    public async Task An_app_upgrade_or_removal_is_not_a_new_welcome()
    {
        var upgrade = TeamsActivities.InstallationUpdate("a:upgraded");
        upgrade.Action = "add-upgrade";
        var removal = TeamsActivities.InstallationUpdate("a:removed");
        removal.Action = "remove";

        Assert.Empty(await TeamsActivities.PostAsync(_client, upgrade));
        Assert.Empty(await TeamsActivities.PostAsync(_client, removal));
    }

    [Fact]
    public async Task A_new_team_member_is_not_greeted_in_the_channel()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.MembersAdded("19:team-x@thread.tacv2", "channel", "29:new-colleague"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Teams_replies_carry_no_ssml_or_headings_in_the_text()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.InstallationUpdate("a:formatting"));

        var welcome = Assert.Single(replies);
        Assert.DoesNotContain("<", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("# ", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("**Willkommen**\n\nIch beantworte Fragen zur Stadt.", welcome.Text);
        Assert.Equal(3, welcome.SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task Other_channels_are_left_as_they_are()
    {
        var replies = await TeamsActivities.PostAsync(_client, TeamsActivities.WebChat("<at>Haltern.Bot</at> Hallo"));

        var reply = Assert.Single(replies);
        Assert.Equal("Antwort auf: <at>Haltern.Bot</at> Hallo", reply.Text);
        Assert.Equal(2, reply.SuggestedActions.Actions.Count);
    }
}
