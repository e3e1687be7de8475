namespace Haltern.Assistant.Knowledge;

/// <summary>Everything read from one knowledge folder: the articles, the services and the files skipped.</summary>
public sealed record KnowledgeSet(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Service> Services,
    IReadOnlyList<SkippedFile> Skipped)
{
    public static KnowledgeSet Empty { get; } = new([], [], []);
}
