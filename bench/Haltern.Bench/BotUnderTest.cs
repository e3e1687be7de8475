using System.Diagnostics;

namespace Haltern.Bench;

/// <summary>A bot the benchmark publishes and starts: its project, the published dll and extra arguments.</summary>
internal sealed record BotUnderTest(string Name, string ProjectDirectory, string Dll, string Arguments = "")
{
    public string PublishDirectory => Path.Combine(ProjectDirectory, "bin", "Release", "bench-publish");

    public string DllPath => Path.Combine(PublishDirectory, Dll);

    /// <summary>The runtime settings the bot runs with (its runtimeconfig.json's configProperties), for the record of a run.</summary>
    public string RuntimeSettings()
    {
        var file = Path.ChangeExtension(DllPath, ".runtimeconfig.json");
        if (!File.Exists(file))
        {
            return "(no runtimeconfig.json)";
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.TryGetProperty("runtimeOptions", out var runtime) && runtime.TryGetProperty("configProperties", out var properties)
            ? string.Join(", ", properties.EnumerateObject().Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal) || p.Name.StartsWith("System.Runtime.", StringComparison.Ordinal)).Select(p => $"{p.Name}={p.Value}"))
            : "(none)";
    }

    /// <summary>
    /// Publishes the bot as a city would run it: Release, ReadyToRun (precompiled, so the process does not JIT the SDK,
    /// Lucene and the recognizers at start). Into an empty folder: publish copies only files newer than those already
    /// there, so a runtimeconfig.json edited for an experiment would otherwise outlive it.
    /// </summary>
    public async Task PublishAsync(string root)
    {
        if (Directory.Exists(PublishDirectory))
        {
            Directory.Delete(PublishDirectory, recursive: true);
        }

        await Processes.RunAsync("dotnet",
            $"publish -c Release --nologo -v q -r {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} --self-contained false -p:PublishReadyToRun=true -o \"{PublishDirectory}\" \"{ProjectDirectory}\"",
            root);
    }
}

/// <summary>Runs a command to its end (dotnet publish).</summary>
internal static class Processes
{
    public static async Task RunAsync(string file, string arguments, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, UseShellExecute = false })
            ?? throw new InvalidOperationException($"Could not start {file}.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode}.");
        }
    }
}
