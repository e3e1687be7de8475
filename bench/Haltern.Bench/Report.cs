using System.Globalization;

namespace Haltern.Bench;

/// <summary>What was measured of one bot.</summary>
internal sealed record LoadResult(
    string Name,
    double ColdStartMs,
    long Requests,
    long Errors,
    double Seconds,
    double P50Ms,
    double P99Ms,
    double WarmRssMiB,
    double MaxRssMiB,
    double EndRssMiB,
    IReadOnlyList<double> RssSeries)
{
    public double Throughput => Requests / Seconds;
}

/// <summary>Prints the comparison of Haltern.Bot with the bare echo bot.</summary>
internal static class Report
{
    public static void Print(LoadResult bare, LoadResult bot)
    {
        Console.WriteLine();
        Console.WriteLine("| | bare echo bot | Haltern.Bot | ratio (Haltern / bare) | goal |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        Row("throughput (answers/s)", bare.Throughput, bot.Throughput, "0", bot.Throughput / bare.Throughput, ">= 0.9");
        Row("p50 latency (ms)", bare.P50Ms, bot.P50Ms, "0.00", bot.P50Ms / bare.P50Ms, "");
        Row("p99 latency (ms)", bare.P99Ms, bot.P99Ms, "0.00", bot.P99Ms / bare.P99Ms, "<= 1.5");
        Row("cold start, process start to first answer (ms)", bare.ColdStartMs, bot.ColdStartMs, "0", bot.ColdStartMs / bare.ColdStartMs, "<= 2");
        Row("memory after warm-up (RSS MiB)", bare.WarmRssMiB, bot.WarmRssMiB, "0", bot.WarmRssMiB / bare.WarmRssMiB, "");
        Row("memory, highest under load (RSS MiB)", bare.MaxRssMiB, bot.MaxRssMiB, "0", bot.MaxRssMiB / bare.MaxRssMiB, "");
        Console.WriteLine($"| requests / errors in {bot.Seconds:0} s | {bare.Requests} / {bare.Errors} | {bot.Requests} / {bot.Errors} | | no errors |");
        Console.WriteLine();
        foreach (var result in new[] { bare, bot })
        {
            var flat = result.MaxRssMiB / result.WarmRssMiB;
            Console.WriteLine($"{result.Name}: memory flatness over {result.Seconds:0} s: highest {result.MaxRssMiB:0} MiB / warmed-up {result.WarmRssMiB:0} MiB = {flat:0.00} (goal <= 1.5); " +
                              $"RSS every 10 s: {string.Join(", ", result.RssSeries.Where((_, i) => i % 10 == 9).Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} MiB");
        }
    }

    private static void Row(string name, double bare, double bot, string format, double ratio, string goal) =>
        Console.WriteLine($"| {name} | {bare.ToString(format, CultureInfo.InvariantCulture)} | {bot.ToString(format, CultureInfo.InvariantCulture)} | {ratio.ToString("0.00", CultureInfo.InvariantCulture)} | {goal} |");
}

/// <summary>What the machine is, for the record of a run.</summary>
internal static class Machine
{
    public static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    /// <summary>The 1-minute load average: on a shared machine, what else competed for the cores.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
}
