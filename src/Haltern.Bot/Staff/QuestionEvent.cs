using Haltern.Assistant.Answers;

namespace Haltern.Bot.Staff;

/// <summary>
/// One citizen question as the staff reports keep it: when, which topic, whether it was answered, and, only for
/// an unanswered question, its wording with personal data masked. No user, conversation or channel id.
/// </summary>
/// <param name="Time">When it was asked (UTC).</param>
/// <param name="Topic">The kind of question the reply answered.</param>
/// <param name="Answered">False when the knowledge held no answer.</param>
/// <param name="Text">The masked wording of an unanswered question; null for answered ones.</param>
public sealed record QuestionEvent(DateTimeOffset Time, ReplyTopic Topic, bool Answered, string? Text = null);
