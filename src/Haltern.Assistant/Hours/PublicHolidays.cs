using System.Collections.Concurrent;
using PublicHoliday;

namespace Haltern.Assistant.Hours;

/// <summary>A public holiday: its date and its name in German and English ("Ostermontag", "Easter Monday").</summary>
public sealed record Holiday(DateOnly Date, string Name, string EnglishName);

/// <summary>
/// The statutory public holidays of one German state, from the <c>PublicHoliday</c> library (MIT), which knows the
/// Länder rules (Fronleichnam and Allerheiligen in Nordrhein-Westfalen, Reformationstag in the north, …). The region
/// is written as in ISO 3166-2: <c>DE-NW</c>, <c>DE-BY</c>, …, or <c>DE</c> for the holidays of every state. A
/// year's holidays are computed once and kept.
/// </summary>
public sealed class PublicHolidays
{
    private readonly GermanPublicHoliday.States _state;
    private readonly ConcurrentDictionary<int, Dictionary<DateOnly, Holiday>> _years = new();

    /// <exception cref="ArgumentException">The region is not one of <see cref="SupportedRegions"/>.</exception>
    public PublicHolidays(string region)
    {
        Region = region;
        _state = TryState(region, out var state)
            ? state
            : throw new ArgumentException(Unsupported(region), nameof(region));
    }

    /// <summary>The region as configured (<c>DE-NW</c>).</summary>
    public string Region { get; }

    /// <summary>The regions understood: <c>DE</c> and <c>DE-</c> with each state's two letters.</summary>
    public static IReadOnlyList<string> SupportedRegions { get; } = Enum.GetValues<GermanPublicHoliday.States>()
        .Select(s => s == GermanPublicHoliday.States.ALL ? "DE" : "DE-" + s)
        .ToArray();

    /// <summary>True when <paramref name="region"/> is one of <see cref="SupportedRegions"/> (case does not matter).</summary>
    public static bool IsSupported(string? region) => TryState(region, out _);

    /// <summary>Why <paramref name="region"/> cannot be used, naming the ones that can.</summary>
    public static string Unsupported(string? region) =>
        $"The holiday region '{region}' is not supported; use one of {string.Join(", ", SupportedRegions)} (ISO 3166-2, e.g. DE-NW for Nordrhein-Westfalen).";

    /// <summary>The holiday on <paramref name="date"/>, or null.</summary>
    public Holiday? On(DateOnly date) => Year(date.Year).GetValueOrDefault(date);

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    public IReadOnlyList<Holiday> In(int year) => Year(year).Values.OrderBy(h => h.Date).ToArray();

    private Dictionary<DateOnly, Holiday> Year(int year) => _years.GetOrAdd(year, y =>
        new GermanPublicHoliday { State = _state }.PublicHolidaysInformation(y)
            .Where(h => h.IsPublic)
            .GroupBy(h => DateOnly.FromDateTime(h.HolidayDate))
            .ToDictionary(g => g.Key, g => new Holiday(g.Key, g.First().Name, g.First().EnglishName)));

    private static bool TryState(string? region, out GermanPublicHoliday.States state)
    {
        state = GermanPublicHoliday.States.ALL;
        var text = region?.Trim().ToUpperInvariant();
        if (text == "DE")
        {
            return true;
        }

        return text is { Length: 5 } && text.StartsWith("DE-", StringComparison.Ordinal) && char.IsLetter(text[3]) && char.IsLetter(text[4])
            && Enum.TryParse(text[3..], ignoreCase: false, out state) && state != GermanPublicHoliday.States.ALL
            && Enum.IsDefined(state);
    }
}
