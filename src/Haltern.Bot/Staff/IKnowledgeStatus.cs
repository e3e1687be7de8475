using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Bot.Staff;

/// <summary>What "Wissensstand" reports: the state of the knowledge index serving now.</summary>
/// <param name="State">Loading, ready, or failed (an empty index serves).</param>
/// <param name="Articles">Articles loaded.</param>
/// <param name="Services">Services loaded.</param>
/// <param name="Newest">The newest article, when known.</param>
/// <param name="Skipped">Files skipped, with where and why (never their content).</param>
/// <param name="LoadedAt">When the serving index was loaded.</param>
/// <param name="Problem">Why the folder could not be loaded at all, when it could not.</param>
public sealed record KnowledgeSnapshot(
    KnowledgeState State,
    int Articles,
    int Services,
    Article? Newest,
    IReadOnlyList<SkippedFile> Skipped,
    DateTimeOffset? LoadedAt = null,
    string? Problem = null)
{
    /// <summary>A snapshot of a loaded knowledge set.</summary>
    public static KnowledgeSnapshot Of(KnowledgeSet knowledge, DateTimeOffset? loadedAt = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var newest = knowledge.Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        return new(KnowledgeState.Ready, knowledge.Articles.Count, knowledge.Services.Count, newest, knowledge.Skipped, loadedAt);
    }
}

/// <summary>Where the knowledge stands, for "Wissensstand".</summary>
public interface IKnowledgeStatus
{
    KnowledgeSnapshot Current { get; }
}

/// <summary>
/// Reads the status of the live knowledge index (never waits for a first load: while loading it says so) and,
/// once an index serves, its newest article. Without a status source it reads the index itself.
/// </summary>
public sealed class IndexKnowledgeStatus : IKnowledgeStatus
{
    private readonly IKnowledgeIndexProvider _provider;
    private readonly IKnowledgeStatusSource? _status;

    public IndexKnowledgeStatus(IKnowledgeIndexProvider provider, IKnowledgeStatusSource? status = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
        _status = status;
    }

    public KnowledgeSnapshot Current
    {
        get
        {
            if (_status is null)
            {
                return KnowledgeSnapshot.Of(_provider.Current.Knowledge);
            }

            var status = _status.Status;
            var newest = status.State == KnowledgeState.Ready ? _provider.Current.Newest : null;
            return new KnowledgeSnapshot(status.State, status.Articles, status.Services, newest, status.Skipped, status.LoadedAt, status.Problem);
        }
    }
}
