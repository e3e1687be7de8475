using System.Globalization;
using System.Security;
using Haltern.Assistant.Answers;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// Makes the one offer an unanswered question gets (<see cref="Offer"/>) and remembers, for the turn, which question
/// it was about, so that <see cref="ConsentMiddleware"/> can keep it pending until the citizen answers. Outside a
/// turn of that middleware nothing could keep the question, so nothing is offered.
/// </summary>
public sealed class ConsentOffers
{
    // The turn's slot flows from the middleware down into the assistant's call (like IHttpContextAccessor's
    // context): the assistant knows whether it answered, the middleware knows the conversation.
    private static readonly AsyncLocal<Turn?> Current = new();

    private readonly IReadOnlyList<IConsentPurpose> _purposes;
    private readonly TimeProvider _time;

    public ConsentOffers(IEnumerable<IConsentPurpose> purposes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(purposes);
        ArgumentNullException.ThrowIfNull(time);
        _purposes = purposes.ToList();
        _time = time;
    }

    /// <summary>The purpose with this name, or null.</summary>
    public IConsentPurpose? Find(string name) => _purposes.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>The purpose offered now and its offer: the last registered one that can be offered.</summary>
    public (IConsentPurpose Purpose, ConsentOffer Offer)? Choose(bool english)
    {
        for (var i = _purposes.Count - 1; i >= 0; i--)
        {
            if (_purposes[i].Offer(english) is { } offer)
            {
                return (_purposes[i], offer);
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the one offer to <paramref name="reply"/> (its explanation to the text and the speech, its button as the
    /// first suggestion) and keeps <paramref name="question"/>, masked, as the turn's pending question. A turn makes
    /// at most one offer; without a turn, or with nothing to offer, the reply is returned as it is.
    /// </summary>
    public Reply Offer(Reply reply, string question)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(question);
        var turn = Current.Value;
        var english = reply.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        if (turn is null || turn.Pending is not null || string.IsNullOrWhiteSpace(question) || Choose(english) is not { } chosen)
        {
            return reply;
        }

        var now = _time.GetUtcNow();
        turn.Pending = new PendingQuestion(chosen.Purpose.Name, PersonalDataMasker.Mask(question, now), now, english);
        return reply with
        {
            Text = reply.Text + "\n\n" + chosen.Offer.Explanation,
            Speak = WithSentence(reply.Speak, chosen.Offer.Explanation),
            Suggestions = [chosen.Offer.Accept, .. reply.Suggestions.Where(s => s != chosen.Offer.Accept)],
        };
    }

    /// <summary>True when <paramref name="text"/> accepts the offer of <paramref name="pending"/>: its button, or a plain yes.</summary>
    public bool Accepts(string? text, PendingQuestion pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var answer = Normalize(text);
        if (answer.Length == 0)
        {
            return false;
        }

        var phrases = StaffPhrases.For(pending.English);
        return IsAcceptButton(answer) || phrases.Yes.Any(y => Normalize(y) == answer);
    }

    /// <summary>True when <paramref name="text"/> is the button of any offer (pressed after its question is gone).</summary>
    public bool IsAcceptButton(string? text)
    {
        var answer = Normalize(text);
        return answer.Length > 0 && _purposes.Any(p =>
            (p.Offer(false) is { } german && Normalize(german.Accept) == answer)
            || (p.Offer(true) is { } english && Normalize(english.Accept) == answer));
    }

    /// <summary>Opens the turn's slot; the pending question of the turn is read from it when the turn is done.</summary>
    internal static Turn BeginTurn()
    {
        var turn = new Turn();
        Current.Value = turn;
        return turn;
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Trim().TrimEnd('.', '!', ' ').ToLower(CultureInfo.InvariantCulture)
            .Split((char[])[' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string WithSentence(string speak, string sentence)
    {
        var end = speak.LastIndexOf("</speak>", StringComparison.Ordinal);
        return end < 0 ? speak : speak[..end] + " " + SecurityElement.Escape(sentence) + speak[end..];
    }

    /// <summary>The pending question one turn produced.</summary>
    internal sealed class Turn
    {
        public PendingQuestion? Pending { get; set; }
    }
}
