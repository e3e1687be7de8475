namespace Haltern.Import.Tests;

/// <summary>The CMS exports under Exports/ (copied to the test output) and the repository's knowledge folder.</summary>
internal static class ExportFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Exports");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    public static string ShippedArticle
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var article = Path.Combine(folder.FullName, "knowledge", "news", "2020-06-09-schulen-erhalten-digitale-ausstattung.md");
                if (File.Exists(article))
                {
                    return article;
                }
            }

            throw new InvalidOperationException("The repository's knowledge folder was not found.");
        }
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haltern-import-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
