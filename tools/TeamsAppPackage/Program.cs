using System.Collections;

namespace Haltern.TeamsAppPackage;

// Usage (from the repository root):
//   dotnet run --project tools/TeamsAppPackage -- package [--out artifacts/teams/haltern-bot-teams.zip] [--set NAME=value]...
//   dotnet run --project tools/TeamsAppPackage -- icons
// Placeholders ${{NAME}} in manifest/manifest.json are filled from manifest/teams.env, environment variables
// (TEAMS_APP_ID, BOT_ID or MicrosoftAppId, BOT_DOMAIN, ...) and --set.

/// <summary>The command line: <c>package</c> writes the zip, <c>icons</c> redraws the icons.</summary>
internal static class Cli
{
    public static int Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "help";
        var manifestFolder = Option("--manifest") ?? AppPackage.FindManifestFolder(Directory.GetCurrentDirectory());
        if (manifestFolder is null)
        {
            Console.Error.WriteLine("No manifest/manifest.json found upward from here; pass --manifest FOLDER.");
            return 2;
        }

        try
        {
            switch (command)
            {
                case "icons":
                    File.WriteAllBytes(Path.Combine(manifestFolder, "color.png"), Png.Encode(IconPainter.Color()));
                    File.WriteAllBytes(Path.Combine(manifestFolder, "outline.png"), Png.Encode(IconPainter.Outline()));
                    Console.WriteLine($"Drew color.png ({IconPainter.ColorSize}×{IconPainter.ColorSize}) and outline.png ({IconPainter.OutlineSize}×{IconPainter.OutlineSize}) in {manifestFolder}");
                    return 0;

                case "package":
                    var overrides = Options("--set")
                        .Select(s => s.Split('=', 2))
                        .Where(p => p.Length == 2)
                        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                    var environment = Environment.GetEnvironmentVariables()
                        .Cast<DictionaryEntry>()
                        .ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
                    var values = AppPackage.Values(manifestFolder, environment, overrides);
                    var output = Option("--out") ?? Path.Combine(Path.GetDirectoryName(manifestFolder)!, "artifacts", "teams", "haltern-bot-teams.zip");
                    AppPackage.Build(manifestFolder, values, output);
                    Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
                    return 0;

                default:
                    Console.WriteLine("Commands: package [--out FILE] [--set NAME=value]... | icons   (options: --manifest FOLDER)");
                    return command == "help" ? 0 : 2;
            }
        }
        catch (PackageException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        IEnumerable<string> Options(string name)
        {
            for (var i = 0; i < args.Length - 1; i++)
            {
                if (args[i] == name)
                {
                    yield return args[i + 1];
                }
            }
        }
    }
}
