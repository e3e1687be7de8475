using System.Collections.Concurrent;

namespace Haltern.Bot.Teams;

/// <summary>
/// Installing the app in Teams sends an <c>installationUpdate</c> and a <c>conversationUpdate</c> at nearly the
/// same moment (in either order, possibly in parallel): the first one claims the welcome of the conversation,
/// the second finds it claimed. A claim lapses after <see cref="Window"/>, so a later re-installation is
/// welcomed again. Process-local: one bot instance per conversation is assumed (as with the in-memory state).
/// </summary>
public sealed class WelcomeOnce
{
    /// <summary>How long one installation's events are taken as one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public WelcomeOnce(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>True for the first caller for <paramref name="conversationKey"/> within the window.</summary>
    public bool TryClaim(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        var now = _time.GetUtcNow();
        ForgetOlderThan(now - Window);
        while (true)
        {
            if (_claims.TryAdd(conversationKey, now))
            {
                return true;
            }

            if (!_claims.TryGetValue(conversationKey, out var claimed))
            {
                continue; // removed meanwhile: try again
            }

            if (now - claimed < Window)
            {
                return false;
            }

            if (_claims.TryUpdate(conversationKey, now, claimed))
            {
                return true;
            }
        }
    }

    private void ForgetOlderThan(DateTimeOffset limit)
    {
        foreach (var (key, claimed) in _claims)
        {
            if (claimed < limit)
            {
                _claims.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, claimed));
            }
        }
    }
}
