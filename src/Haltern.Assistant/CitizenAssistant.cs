using Haltern.Assistant.Answers;

namespace Haltern.Assistant;

/// <summary>The citizen assistant (being built: answers come from the knowledge index).</summary>
public sealed class CitizenAssistant : ICitizenAssistant
{
    public Reply Welcome(string? locale) => new()
    {
        Text = "Willkommen beim Haltern.Bot!",
        Speak = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"de-DE\">Willkommen beim Haltern.Bot!</speak>",
        Locale = "de-DE",
        Topic = ReplyTopic.SmallTalk,
    };

    public Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(memory);
        return Task.FromResult(new Reply
        {
            Text = "Dazu habe ich leider keine Information.",
            Speak = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"de-DE\">Dazu habe ich leider keine Information.</speak>",
            Locale = "de-DE",
            Answered = false,
        });
    }
}
