using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Bot.Staff;

/// <summary>What the bot currently knows, for "Wissensstand": the knowledge set the index was built from.</summary>
public interface IKnowledgeStatus
{
    /// <summary>The loaded knowledge, or null while none is available.</summary>
    KnowledgeSet? Current { get; }
}

/// <summary>The knowledge of the index serving now (a reload swaps it, so this is read on every call).</summary>
public sealed class IndexKnowledgeStatus : IKnowledgeStatus
{
    private readonly IKnowledgeIndexProvider _provider;

    public IndexKnowledgeStatus(IKnowledgeIndexProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
    }

    public KnowledgeSet? Current => _provider.Current?.Knowledge;
}
