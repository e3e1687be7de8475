using System.Collections.Concurrent;
using Haltern.Assistant;
using Haltern.Assistant.Answers;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// Stands in for the domain in the Teams-layer tests: it answers with the text it was given, so a test sees what
/// the bot layer handed over (the mention removed?), and it offers choices. Questions containing "unbekannt"
/// count as unanswered.
/// </summary>
internal sealed class EchoAssistant : ICitizenAssistant
{
    public ConcurrentQueue<string> Questions { get; } = new();

    public Reply Welcome(string? locale) => new()
    {
        Text = "# Willkommen\nIch beantworte Fragen zur Stadt.",
        Speak = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"de-DE\">Willkommen</speak>",
        Locale = "de-DE",
        Suggestions = ["Neuigkeiten", "Bürgerbüro", "Sprechstunde", "Hilfe"],
        Topic = ReplyTopic.SmallTalk,
    };

    public Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question.Text);
        var unknown = question.Text.Contains("unbekannt", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(new Reply
        {
            Text = $"Antwort auf: {question.Text}",
            Speak = $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"de-DE\">Antwort</speak>",
            Locale = "de-DE",
            Suggestions = ["Öffnungszeiten", "Neuigkeiten"],
            Topic = unknown ? ReplyTopic.Unknown : ReplyTopic.Service,
            Answered = !unknown,
        });
    }
}
