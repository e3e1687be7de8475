using Microsoft.Bot.Schema;

namespace Haltern.DirectLine;

/// <summary>
/// What the citizen is told when a turn on Direct Line fails. The host supplies it, so that every channel of the
/// bot says the same.
/// </summary>
public interface ITurnFailedReply
{
    /// <summary>The reply to send in place of the answer to <paramref name="failed"/>, the activity whose turn failed.</summary>
    IMessageActivity Create(IActivity failed);
}
