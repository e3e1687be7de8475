using Haltern.Assistant.Knowledge;

namespace Haltern.Bot.Staff;

/// <summary>What the bot currently knows, for "Wissensstand": the knowledge set the index was built from.</summary>
public interface IKnowledgeStatus
{
    /// <summary>The loaded knowledge, or null while none is available.</summary>
    KnowledgeSet? Current { get; }
}

/// <summary>Used until the knowledge index is wired in: reports that no knowledge status is available.</summary>
public sealed class UnavailableKnowledgeStatus : IKnowledgeStatus
{
    public KnowledgeSet? Current => null;
}
