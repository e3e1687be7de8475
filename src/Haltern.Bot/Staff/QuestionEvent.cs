using System.Text.Json.Serialization;
using Haltern.Assistant.Answers;

namespace Haltern.Bot.Staff;

/// <summary>
/// One line of the question log. Either a count (every answered message: when, which topic, whether it was
/// answered; no wording) or, only when a citizen accepted the offer to pass an unanswered question on, that
/// question's masked wording (not counted again). No user, conversation or channel id in either.
/// </summary>
/// <param name="Time">When it was asked (UTC).</param>
/// <param name="Topic">The kind of question the reply answered.</param>
/// <param name="Answered">False when the knowledge held no answer.</param>
/// <param name="Text">The masked wording the citizen agreed to pass on; null for a count.</param>
public sealed record QuestionEvent(DateTimeOffset Time, ReplyTopic Topic, bool Answered, string? Text = null)
{
    /// <summary>True for a count, false for a wording passed on with consent.</summary>
    [JsonIgnore]
    public bool IsCount => Text is null;
}
