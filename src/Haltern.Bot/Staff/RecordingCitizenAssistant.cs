using Haltern.Assistant;
using Haltern.Assistant.Answers;

namespace Haltern.Bot.Staff;

/// <summary>
/// Wraps the citizen assistant and logs every answered message for the staff reports: time, topic and whether
/// it was answered; the wording only of unanswered questions, masked (<see cref="PersonalDataMasker"/>). Never a
/// user or conversation id. A failing log never fails the citizen's answer.
/// </summary>
public sealed class RecordingCitizenAssistant : ICitizenAssistant
{
    private readonly ICitizenAssistant _inner;
    private readonly IQuestionLog _log;
    private readonly TimeProvider _time;
    private readonly ILogger<RecordingCitizenAssistant> _logger;

    public RecordingCitizenAssistant(ICitizenAssistant inner, IQuestionLog log, TimeProvider time, ILogger<RecordingCitizenAssistant> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _log = log;
        _time = time;
        _logger = logger;
    }

    public Reply Welcome(string? locale) => _inner.Welcome(locale);

    public async Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var reply = await _inner.AnswerAsync(question, memory, cancellationToken);
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            return reply; // a card or attachment without words: nothing a person asked
        }

        var text = reply.Answered ? null : PersonalDataMasker.Mask(question.Text);
        try
        {
            await _log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), reply.Topic, reply.Answered, text), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not write the question log");
        }

        return reply;
    }
}
