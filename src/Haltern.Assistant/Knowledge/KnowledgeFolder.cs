namespace Haltern.Assistant.Knowledge;

/// <summary>Finds the knowledge folder that <c>Knowledge:Path</c> names.</summary>
public static class KnowledgeFolder
{
    /// <summary>
    /// <paramref name="configured"/> if set (a relative path is taken from the working directory the bot was
    /// started in, else from <paramref name="contentRoot"/>); otherwise the nearest folder named
    /// <c>knowledge</c> upward from the content root, the working directory, then the program's own folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder: the message says what to set.</exception>
    public static string Resolve(string? configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // `dotnet run` starts the program in the project folder; PWD still names the folder the command was typed in.
            var bases = new[] { Environment.GetEnvironmentVariable("PWD"), Directory.GetCurrentDirectory(), contentRoot }
                .Where(b => !string.IsNullOrEmpty(b) && Path.IsPathRooted(b!))
                .Select(b => Path.GetFullPath(configured, b!))
                .ToArray();
            return bases.FirstOrDefault(Directory.Exists)
                ?? throw new DirectoryNotFoundException($"The knowledge folder '{bases[0]}' (Knowledge:Path) does not exist.");
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
