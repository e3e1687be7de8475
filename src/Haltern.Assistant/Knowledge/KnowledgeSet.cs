namespace Haltern.Assistant.Knowledge;

/// <summary>Everything read from one knowledge folder: the articles, the services and the files skipped.</summary>
public sealed record KnowledgeSet(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Service> Services,
    IReadOnlyList<SkippedFile> Skipped)
{
    public static KnowledgeSet Empty { get; } = new([], [], []);

    /// <summary>Entries skipped in files that are served (a bad <c>hours</c> or <c>closed</c> line), by path and line.</summary>
    public IReadOnlyList<SkippedEntry> SkippedEntries { get; init; } = [];

    /// <summary>The set the files give, each list in the order of the files' paths (as the folder is read).</summary>
    public static KnowledgeSet From(IEnumerable<KnowledgeFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ordered = files.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        return new KnowledgeSet(
            ordered.Select(f => f.Article).OfType<Article>().ToArray(),
            ordered.Select(f => f.Service).OfType<Service>().ToArray(),
            ordered.Select(f => f.Skipped).OfType<SkippedFile>().ToArray())
        {
            SkippedEntries = ordered.SelectMany(f => f.SkippedEntries).ToArray(),
        };
    }
}
