using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Staff.Handoff;

namespace Haltern.Bot.Staff;

/// <summary>
/// Wraps the citizen assistant: counts every answered message for the statistics (time, topic, answered or not;
/// never its wording, a user or a conversation id), and gives a reply that could not answer the one consent offer
/// (<see cref="ConsentOffers"/>); the wording is kept only if the citizen accepts it. A failing log never fails
/// the citizen's answer.
/// </summary>
public sealed class RecordingCitizenAssistant : ICitizenAssistant
{
    private readonly ICitizenAssistant _inner;
    private readonly IQuestionLog _log;
    private readonly ConsentOffers _offers;
    private readonly TimeProvider _time;
    private readonly ILogger<RecordingCitizenAssistant> _logger;

    public RecordingCitizenAssistant(ICitizenAssistant inner, IQuestionLog log, ConsentOffers offers, TimeProvider time, ILogger<RecordingCitizenAssistant> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _log = log;
        _offers = offers;
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

        try
        {
            await _log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), reply.Topic, reply.Answered), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not write the question log");
        }

        // A citizen who asks for a person gets the answer the knowledge has and the offer to pass it to staff.
        // (Whether a staff channel is set is known without work; the words are read only then.)
        if (_offers.Find(HandoffPurpose.PurposeName)?.Offer(reply.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)) is not null
            && PersonRequests.AsksForPerson(question.Text))
        {
            return _offers.Offer(reply, question.Text);
        }

        // A request no office could answer either (a joke, the weather) is not offered to be passed on.
        return reply.Answered || reply.Topic == ReplyTopic.OutOfScope ? reply : _offers.Offer(reply, question.Text);
    }
}
