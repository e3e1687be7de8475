namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found from the test binaries upward.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped knowledge folder.</summary>
    public static string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>A file copied next to the test binaries (test data).</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Haltern.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Haltern.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
