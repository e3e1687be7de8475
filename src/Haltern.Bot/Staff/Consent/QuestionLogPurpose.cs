using Haltern.Assistant.Answers;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// Keeps a question the bot could not answer, masked, in the question log for "offene Fragen", when the citizen
/// agrees: on the city's server (<see cref="StaffOptions.DataPath"/>) for at most <see cref="StaffOptions.RetentionDays"/>.
/// </summary>
public sealed class QuestionLogPurpose : IConsentPurpose
{
    public const string PurposeName = "question-log";

    private readonly IQuestionLog _log;
    private readonly int _days;
    private readonly TimeSpan _memory;

    public QuestionLogPurpose(IQuestionLog log, IOptions<StaffOptions> options, IOptions<ConversationStoreOptions> store)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        _log = log;
        _days = options.Value.RetentionDays;
        _memory = store.Value.TimeToLive;
    }

    public string Name => PurposeName;

    public ConsentOffer? Offer(bool english)
    {
        var phrases = StaffPhrases.For(english);
        return new ConsentOffer(StaffPhrases.Fill(phrases.QuestionLogOffer, _days, _memory), phrases.QuestionLogAccept);
    }

    public async Task<string> AcceptAsync(PendingQuestion question, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await _log.RecordAsync(new QuestionEvent(question.AskedAt, ReplyTopic.Unknown, Answered: false, question.Text), cancellationToken);
        return StaffPhrases.Fill(StaffPhrases.For(question.English).QuestionLogAccepted, _days, _memory);
    }
}
