namespace Haltern.Bot.Benchmarks;

/// <summary>Collected latencies in milliseconds, with percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void AddRange(Latencies other) => _milliseconds.AddRange(other._milliseconds);

    /// <summary>The nearest-rank percentile (p in 0..100).</summary>
    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() => $"p50 {Percentile(50),7:F1} ms  p99 {Percentile(99),7:F1} ms  (n={Count})";
}
