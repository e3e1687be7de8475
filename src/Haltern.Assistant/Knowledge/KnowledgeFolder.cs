namespace Haltern.Assistant.Knowledge;

/// <summary>Finds the knowledge folder that <c>Knowledge:Path</c> names.</summary>
public static class KnowledgeFolder
{
    /// <summary>
    /// <paramref name="configured"/> if set (relative to <paramref name="contentRoot"/>); otherwise the nearest
    /// folder named <c>knowledge</c> upward from the content root, then from the program's own folder.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge");
                if (Directory.Exists(Path.Combine(candidate, KnowledgeLoader.NewsFolder))
                    || Directory.Exists(Path.Combine(candidate, KnowledgeLoader.ServicesFolder)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "No knowledge folder found: set Knowledge:Path (e.g. --Knowledge:Path=/path/to/knowledge).");
    }
}
