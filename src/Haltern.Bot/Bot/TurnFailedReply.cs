using System.Security;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Bot;

/// <summary>
/// What a citizen reads (and hears) when a turn fails, the same on every channel: <see cref="BotPhrases.TurnFailed"/>
/// in English when the activity's locale is English, in German otherwise.
/// </summary>
public sealed class TurnFailedReply : ITurnFailedReply
{
    /// <inheritdoc />
    public IMessageActivity Create(IActivity failed)
    {
        var english = failed is Activity { Locale: { } locale } && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var text = BotPhrases.For(english).TurnFailed;
        var language = english ? "en-US" : "de-DE";
        return MessageFactory.Text(
            text,
            $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{language}\">{SecurityElement.Escape(text)}</speak>");
    }
}
