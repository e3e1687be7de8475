using Haltern.Assistant.Answers;

namespace Haltern.Assistant;

/// <summary>The citizen assistant: answers a question from the knowledge folder.</summary>
public interface ICitizenAssistant
{
    /// <summary>The greeting shown once when a conversation starts.</summary>
    Reply Welcome(string? locale);

    /// <summary>Answers one message, reading and updating the conversation's memory.</summary>
    Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken);
}
