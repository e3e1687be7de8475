namespace Haltern.Import;

/// <summary>
/// The command line <c>FILE|DIR... [--to FOLDER] [--force]</c>: imports CMS page exports (a file, or
/// every <c>*.txt</c> in a folder) into a news folder and reports each page as created, updated, unchanged or
/// skipped with the reason.
/// </summary>
public static class ImportCommand
{
    /// <summary>Exit code when every page was created, updated or found unchanged.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one page was skipped (the reasons are printed).</summary>
    public const int SomeSkipped = 1;

    /// <summary>Exit code for a command line that cannot be run.</summary>
    public const int UsageError = 2;

    private const string Usage = "Usage: dotnet run --project tools/Haltern.Import -- FILE|DIR... [--to FOLDER] [--force]\n"
        + "  FILE|DIR   CMS page exports (a file, or every *.txt in a folder)\n"
        + "  --to       the news folder to write to (default: news/ in the nearest knowledge/ folder upward)\n"
        + "  --force    overwrite article files that were edited by hand";

    /// <param name="args">The command line.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="currentDirectory">Relative paths are read from here.</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, string currentDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(currentDirectory);

        var inputs = new List<string>();
        string? to = null;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--force":
                    force = true;
                    break;
                case "--to" when i + 1 < args.Count:
                    to = args[++i];
                    break;
                case "--to":
                    await error.WriteLineAsync("--to needs a folder.\n" + Usage).ConfigureAwait(false);
                    return UsageError;
                case "-h" or "--help":
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return Success;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await error.WriteLineAsync($"Unknown option {option}.\n{Usage}").ConfigureAwait(false);
                    return UsageError;
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            await error.WriteLineAsync("No export given.\n" + Usage).ConfigureAwait(false);
            return UsageError;
        }

        var files = new List<string>();
        foreach (var input in inputs.Select(input => Path.GetFullPath(input, currentDirectory)))
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*.txt").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                await error.WriteLineAsync($"No such file or folder: {input}").ConfigureAwait(false);
                return UsageError;
            }
        }

        var target = to is not null ? Path.GetFullPath(to, currentDirectory) : DefaultTarget(currentDirectory);
        if (target is null)
        {
            await error.WriteLineAsync("No knowledge/ folder found upward from here; say where with --to.").ConfigureAwait(false);
            return UsageError;
        }

        var importer = new ArticleImporter(new CmsPageReader());
        var results = await importer.ImportAsync(files, target, force, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            var what = result.Outcome.ToString().ToLowerInvariant();
            var line = result.Target is { } file
                ? $"{what,-9} {Shown(file, currentDirectory)} (from {Path.GetFileName(result.Source)})"
                : $"{what,-9} {Path.GetFileName(result.Source)}";
            if (result.Reason is { } reason)
            {
                line += $": {reason}";
            }

            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
        await output.WriteLineAsync(
            $"{results.Count} page(s): {Count(ImportOutcome.Created)} created, {Count(ImportOutcome.Updated)} updated, "
            + $"{Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Skipped)} skipped.").ConfigureAwait(false);
        return Count(ImportOutcome.Skipped) > 0 ? SomeSkipped : Success;
    }

    /// <summary>
    /// The folder the command was typed in. <c>dotnet run</c> may start a program in its project's folder (a launch
    /// profile or <c>RunWorkingDirectory</c> can set it), so the shell's <c>PWD</c> is preferred to the process's
    /// current directory for relative paths.
    /// </summary>
    public static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathFullyQualified(pwd) && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;

    /// <summary>A path relative to the current directory when it lies below it, else in full.</summary>
    private static string Shown(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static string? DefaultTarget(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var knowledge = Path.Combine(folder.FullName, "knowledge");
            if (Directory.Exists(knowledge))
            {
                return Path.Combine(knowledge, "news");
            }
        }

        return null;
    }
}
