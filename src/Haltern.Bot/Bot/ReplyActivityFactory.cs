using Haltern.Assistant.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Bot;

/// <summary>Turns a domain <see cref="Reply"/> into a message Activity for the channel it answers.</summary>
public sealed class ReplyActivityFactory
{
    public IMessageActivity Create(Reply reply, IActivity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);

        var activity = MessageFactory.Text(
            reply.Text,
            reply.Speak,
            reply.ExpectsInput ? InputHints.ExpectingInput : InputHints.AcceptingInput);
        activity.Locale = reply.Locale;
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.Suggestions
                    .Select(s => new CardAction(ActionTypes.ImBack, title: s, value: s))
                    .ToList(),
            };
        }

        return activity;
    }
}
