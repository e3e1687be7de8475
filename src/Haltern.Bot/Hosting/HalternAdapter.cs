using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Haltern.Bot.Hosting;

/// <summary>The SDK's <see cref="CloudAdapter"/> with an error handler that tells the citizen and logs no message text.</summary>
public sealed class HalternAdapter : CloudAdapter
{
    public HalternAdapter(BotFrameworkAuthentication authentication, ILogger<HalternAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Turn failed for an activity of type {ActivityType} on channel {ChannelId}",
                turnContext.Activity.Type, turnContext.Activity.ChannelId);
            await turnContext.SendActivityAsync(MessageFactory.Text(
                "Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.",
                "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"de-DE\">Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.</speak>"));
        };
    }
}
