using System.Reflection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The recognizers keep what their extractors found for recent texts in caches of their own (static, up to
/// 20,000 entries each, kept until pushed out by newer ones), keyed by the text. For the date extractors that
/// text is a citizen's words. Turning the caches off is no way out: one question then costs ten times as much
/// (their extractors call one another on the same text, and the cache serves those calls within one question).
/// Across questions it serves almost nothing (the date extractors' keys hold the reference time, to the tick), so
/// the host empties them every second (<c>RecognizerCacheExpiry</c>): a citizen's words are gone within a second, and under load the caches hold about a second's entries instead of filling up to their bound (about
/// 15 MB of heap, compacted by the library each time it overflowed). The caches are the library's private fields,
/// found by reflection; if a later version moves them, <see cref="Forget"/> finds none and the expiry says so in the log.
/// </summary>
public static class RecognizerCaches
{
    private static readonly Lazy<IReadOnlyList<FieldInfo>> Fields = new(FindFields);

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
