using System.Diagnostics;

namespace Haltern.Bot.Tests.Teams;

/// <summary>Where the repository and its Node tools (tests/teams-tools, installed by .ci/run) are, and running them.</summary>
internal static class TeamsTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ManifestFolder => Path.Combine(RepositoryRoot, "manifest");

    public static string NodeFolder => Path.Combine(RepositoryRoot, "tests", "teams-tools");

    /// <summary>Fails with the command to run when the Node tools are not installed.</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(NodeFolder, "node_modules", relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing: run `npm ci --prefix tests/teams-tools` (as .ci/run does).");
        return path;
    }

    /// <summary>Runs node with the arguments; returns exit code and standard output.</summary>
    public static async Task<(int ExitCode, string Output)> NodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Haltern.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Haltern.Bot.sln) not found above " + AppContext.BaseDirectory);
    }
}
