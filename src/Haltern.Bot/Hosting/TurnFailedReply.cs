using Haltern.DirectLine;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Hosting;

/// <summary>Direct Line tells a citizen of a failed turn what <see cref="HalternAdapter"/> tells them on every other channel.</summary>
internal sealed class TurnFailedReply : ITurnFailedReply
{
    public IMessageActivity Create() => HalternAdapter.TurnFailedReply();
}
