using Haltern.Bot.Teams;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Tests.Teams;

public sealed class TeamsReplyFormatterTests
{
    [Fact]
    public void Ssml_tags_are_removed_and_their_words_kept()
    {
        var text = TeamsReplyFormatter.ToTeamsMarkdown("Rufen Sie <say-as interpret-as=\"telephone\">02364 933-180</say-as> an.<break time=\"300ms\"/>");

        Assert.Equal("Rufen Sie 02364 933-180 an.", text);
    }

    [Fact]
    public void Headings_become_bold_and_bullets_become_dots_on_their_own_paragraphs()
    {
        var text = TeamsReplyFormatter.ToTeamsMarkdown("## Bürgerbüro\nÖffnungszeiten:\n- Mo 8–12 Uhr\n* Di 8–12 Uhr");

        Assert.Equal("**Bürgerbüro**\n\nÖffnungszeiten:\n\n• Mo 8–12 Uhr\n\n• Di 8–12 Uhr", text);
    }

    [Fact]
    public void Personal_chat_keeps_suggested_actions_but_at_most_three()
    {
        var activity = (Activity)Microsoft.Bot.Builder.MessageFactory.SuggestedActions((IEnumerable<string>)["a", "b", "c", "d"], "Text", null, null);

        TeamsReplyFormatter.Format(activity, shared: false);

        Assert.Equal(["a", "b", "c"], activity.SuggestedActions.Actions.Select(a => a.Title));
        Assert.True(activity.Attachments is null || activity.Attachments.Count == 0);
    }

    [Fact]
    public void English_reply_gets_an_english_card_caption()
    {
        var card = TeamsReplyFormatter.ChoiceCard(["News"], "en-US");

        Assert.Contains("You could also ask", card.Content.ToString(), StringComparison.Ordinal);
    }
}
