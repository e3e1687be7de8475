using System.Globalization;

namespace Haltern.Bench;

/// <summary>The switches of the benchmark (see the usage line in Program.cs).</summary>
internal sealed record BenchOptions(int Seconds, int Connections, int Warmup, bool NoBuild, string? Only, int Starts, int Slices, bool NewDates, string Store = "memory")
{
    public static BenchOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var only = Array.IndexOf(args, "--only");
        var store = Array.IndexOf(args, "--store");
        var storeName = store >= 0 && store + 1 < args.Length ? args[store + 1].ToLowerInvariant() : "memory";
        if (storeName is not ("memory" or "redis"))
        {
            throw new ArgumentException("--store is memory or redis.");
        }

        return new BenchOptions(Value("--seconds", 60), Value("--connections", 16), Value("--warmup", 5), args.Contains("--no-build"),
            only >= 0 && only + 1 < args.Length ? args[only + 1] : null, Math.Max(1, Value("--starts", 5)), Math.Max(1, Value("--slices", 6)),
            args.Contains("--new-dates"), storeName);
    }

    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Haltern.Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Haltern.Bot.sln not found).");
    }
}
