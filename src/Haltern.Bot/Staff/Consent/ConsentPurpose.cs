using Microsoft.Bot.Builder;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// A question the bot could not answer, masked, held in the conversation's in-memory state until the citizen
/// accepts the offer made with the reply, writes anything else, or the state expires. Never on disk.
/// </summary>
/// <param name="Purpose">The <see cref="IConsentPurpose.Name"/> of the purpose that was offered.</param>
/// <param name="Text">The question as <see cref="PersonalDataMasker"/> left it.</param>
/// <param name="AskedAt">When it was asked (UTC).</param>
/// <param name="English">Whether the conversation is in English.</param>
public sealed record PendingQuestion(string Purpose, string Text, DateTimeOffset AskedAt, bool English);

/// <summary>The offer as the citizen reads it: what is kept, where, how long and why; and the button that agrees.</summary>
/// <param name="Explanation">Appended to the reply that could not answer.</param>
/// <param name="Accept">The suggested action's title and value; sending it is the consent.</param>
public sealed record ConsentOffer(string Explanation, string Accept);

/// <summary>
/// Something that may be done with a question the bot could not answer, only with the citizen's consent in that
/// conversation: keeping it for the staff reports (<see cref="QuestionLogPurpose"/>), or passing it to a
/// person in the Rathaus (<see cref="Handoff.HandoffPurpose"/>). A citizen sees one offer per unanswered question: that of the last registered purpose that can
/// be offered at that moment (<see cref="ConsentOffers"/>).
/// </summary>
public interface IConsentPurpose
{
    /// <summary>A stable name, kept with the pending question.</summary>
    string Name { get; }

    /// <summary>The offer for an unanswered question now, or null when this purpose cannot be offered.</summary>
    ConsentOffer? Offer(bool english);

    /// <summary>Does what the citizen agreed to, and returns what the citizen reads then.</summary>
    Task<string> AcceptAsync(PendingQuestion question, ITurnContext turnContext, CancellationToken cancellationToken);
}
