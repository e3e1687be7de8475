namespace Haltern.DirectLine;

/// <summary>
/// Told which Direct Line conversations ended (after each sweep of <see cref="DirectLineExpiryService"/>), so that
/// what the bot kept for them can go too.
/// </summary>
public interface IDirectLineConversationsEnded
{
    /// <summary>The conversations with these ids have ended.</summary>
    Task OnEndedAsync(IReadOnlyList<string> conversationIds, CancellationToken cancellationToken);
}
