namespace Haltern.Assistant.Search;

/// <summary>Hands out the index currently serving. A reload swaps in a new one atomically.</summary>
public interface IKnowledgeIndexProvider
{
    /// <summary>The index serving now; never null once the host has started.</summary>
    KnowledgeIndex Current { get; }
}
