using System.Reflection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The recognizers keep what their extractors found for recent texts in caches of their own (static, up to
/// 20,000 entries each, kept until pushed out by newer ones), keyed by the text. For the date extractors that
/// text is a citizen's words. Turning the caches off is no way out: one question then costs ten times as much
/// (their extractors call one another on the same text, and the cache serves those calls within one question).
/// Across questions it serves almost nothing (the date extractors' keys hold the reference time, to the tick), so
/// the assistant empties them every <see cref="RecognizerCacheExpiry.Period"/>: a citizen's words are gone within
/// seconds, and under load the caches no longer fill up to their bound (about 15 MB of heap). The caches are the library's private fields, found by reflection;
/// if a later version moves them, <see cref="Forget"/> finds none and the expiry says so in the log.
/// </summary>
public static class RecognizerCaches
{
    private static readonly Lazy<IReadOnlyList<FieldInfo>> Fields = new(FindFields);

    /// <summary>The entries the recognizers' caches hold now.</summary>
    public static long Count => Caches().Sum(c => c.Count);

    /// <summary>True when an entry's key holds <paramref name="text"/> (the keys hold the texts read, in lower case).</summary>
    public static bool Holds(string text) =>
        Caches().Any(c => c.Keys.Any(k => k.ToString()?.Contains(text, StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>Empties the recognizers' caches; returns how many caches it found.</summary>
    public static int Forget()
    {
        var caches = Caches().ToArray();
        foreach (var cache in caches)
        {
            cache.Compact(1.0);
        }

        return caches.Length;
    }

    private static IEnumerable<MemoryCache> Caches() =>
        Fields.Value.Select(f => f.GetValue(null)).OfType<object>()
            .Select(holder => holder.GetType().GetField("resultsCache", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(holder))
            .OfType<MemoryCache>();

    private static IReadOnlyList<FieldInfo> FindFields() =>
        new[] { typeof(DateTimeModel).Assembly, typeof(NumberRecognizer).Assembly }
            .SelectMany(Types)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition().Name == "ResultsCache`1" && !f.FieldType.ContainsGenericParameters)
            .ToArray();

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}

/// <summary>Empties the recognizers' caches every <see cref="Period"/> (see <see cref="RecognizerCaches"/>).</summary>
public sealed class RecognizerCacheExpiry : BackgroundService
{
    private readonly TimeProvider _time;
    private readonly ILogger<RecognizerCacheExpiry> _logger;

    public RecognizerCacheExpiry(TimeProvider time, ILogger<RecognizerCacheExpiry> logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
    }

    /// <summary>How often the caches are emptied.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private PeriodicTimer? _timer;
    private bool _warned;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The clock starts with the host, not when the background loop first runs.
        _timer = new PeriodicTimer(Period, _time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("Not started");
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (RecognizerCaches.Forget() == 0 && !_warned)
                {
                    _warned = true;
                    _logger.LogWarning("Found no recognizer caches to empty: a new version of Microsoft.Recognizers.Text may keep citizens' words longer");
                }
                else
                {
                    _logger.LogDebug("Emptied the recognizers' caches");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
