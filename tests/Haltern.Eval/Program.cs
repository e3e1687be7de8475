using System.Globalization;

namespace Haltern.Eval;

/// <summary>
/// <c>dotnet run --project tests/Haltern.Eval -- [--verbose] [--explain] [SET_FOLDER ...]</c>. Without folders: every set below
/// <c>tests/Haltern.Eval/Sets</c>. Prints each case that fails (with <c>--verbose</c>, why) and each set's pass rate.
/// With <c>--explain</c>, also how each failing case was read and what every strategy proposed.
/// Exit code 0 whatever the rate: the figure is to be read, not a gate.
/// </summary>
public static class EvalCommand
{
    public static async Task Main(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var explain = args.Contains("--explain");
        var folders = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var root = FindRoot();
        if (folders.Count == 0)
        {
            folders.AddRange(Directory.GetDirectories(Path.Combine(root, "tests", "Haltern.Eval", "Sets")).Order(StringComparer.Ordinal));
        }

        var totalPassed = 0;
        var totalCases = 0;
        foreach (var folder in folders)
        {
            var set = EvalSet.Load(folder, Path.Combine(root, "knowledge"));
            var cases = EvalCase.Load(set.QuestionsPath);
            using var host = new EvalHost(Path.Combine(root, "src", "Haltern.Bot"), set.KnowledgePath, set.Now);
            using var http = host.CreateClient();
            var passed = 0;
            foreach (var evalCase in cases)
            {
                var problems = await EvalRunner.RunAsync(http, evalCase);
                if (problems.Count == 0)
                {
                    passed++;
                    continue;
                }

                Console.WriteLine($"  FAIL {set.Name}/{evalCase.Id}");
                if (verbose)
                {
                    foreach (var problem in problems)
                    {
                        Console.WriteLine("       " + problem.ReplaceLineEndings(" | "));
                    }
                }

                if (explain)
                {
                    Console.Write(EvalExplainer.Explain(host, evalCase));
                }
            }

            totalPassed += passed;
            totalCases += cases.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set.Name}: {passed} of {cases.Count} cases passed ({100.0 * passed / Math.Max(1, cases.Count):0.0} %), clock at {set.Now:yyyy-MM-dd HH:mm zzz}{(set.Written is null ? "" : ", " + set.Written)}"));
        }

        if (folders.Count > 1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all sets: {totalPassed} of {totalCases} cases passed ({100.0 * totalPassed / Math.Max(1, totalCases):0.0} %)"));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Haltern.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
