using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Bot;

/// <summary>
/// The bot layer: routes activities by type, hands the citizen's text to the domain and turns the domain's
/// reply into an Activity. It knows nothing about articles or offices.
/// </summary>
public sealed class HalternBot : ActivityHandler
{
    private readonly ICitizenAssistant _assistant;
    private readonly ConversationMemoryStore _memory;
    private readonly ReplyActivityFactory _replies;

    public HalternBot(ICitizenAssistant assistant, ConversationMemoryStore memory, ReplyActivityFactory replies)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(replies);
        _assistant = assistant;
        _memory = memory;
        _replies = replies;
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
        var reply = _assistant.Welcome(((Activity)turnContext.Activity).Locale);
        await turnContext.SendActivityAsync(_replies.Create(reply, turnContext.Activity), cancellationToken);
    }
}
