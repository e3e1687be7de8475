using System.Globalization;
using System.Text.RegularExpressions;
using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// Reads the days a question names by a public holiday's name ("an Fronleichnam", "an Allerheiligen", "am Tag der
/// Deutschen Einheit", "on Good Friday"), which the date models do not know or misread ("am Tag" as today,
/// "Good Friday" as the next Friday). The names are those of every German state's holidays in German and English,
/// from <see cref="PublicHolidays"/>; a year right after the name ("Fronleichnam 2028") picks that year.
/// </summary>
internal static partial class HolidayNames
{
    private static readonly PublicHolidays[] States = PublicHolidays.SupportedRegions.Select(r => new PublicHolidays(r)).ToArray();

    /// <summary>Every name, longest first, so that "Zweiter Weihnachtsfeiertag" is found before a shorter name in it.</summary>
    private static readonly string[] Names = States
        .SelectMany(s => s.In(2030).Concat(s.In(2031)))
        .SelectMany(h => new[] { h.Name, h.EnglishName })
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(n => n.Length)
        .ToArray();

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?<name>" + string.Join('|', Names.Select(Regex.Escape)) + @")(\s+(?<year>(19|20)\d{2}))?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The holiday <paramref name="text"/> names, as the last one on or before today (news) and the next one on or after
    /// it (hours); null when it names none, or when the date models' own reading covers the name already.
    /// </summary>
    /// <param name="text">The question.</param>
    /// <param name="now">City time.</param>
    /// <param name="recognized">The words the date models read as a date, if any.</param>
    public static (DateSpan Past, DateSpan Future)? Find(string text, DateTime now, string? recognized)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern.Match(text);
        if (!match.Success || Covered(text, match, recognized))
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var today = DateOnly.FromDateTime(now);
        IReadOnlyList<int> years = match.Groups["year"].Success
            ? [int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)]
            : [today.Year - 1, today.Year, today.Year + 1];
        var dates = years.SelectMany(y => States.Select(s => s.In(y)).SelectMany(h => h))
            .Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(h.EnglishName, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Date)
            .Distinct()
            .Order()
            .ToArray();
        if (dates.Length == 0)
        {
            return null;
        }

        var past = match.Groups["year"].Success ? dates[0] : dates.LastOrDefault(d => d <= today, dates[0]);
        var future = match.Groups["year"].Success ? dates[0] : dates.FirstOrDefault(d => d >= today, dates[^1]);
        string[] mentions = [match.Value];
        return (new DateSpan(past, past.AddDays(1)) { Mentions = mentions }, new DateSpan(future, future.AddDays(1)) { Mentions = mentions });
    }

    /// <summary>True when the date models read as much as the name or more around it ("zweiten Weihnachtstag", "Ostermontag 2027").</summary>
    private static bool Covered(string text, Match match, string? recognized)
    {
        if (recognized is null)
        {
            return false;
        }

        var start = text.IndexOf(recognized, StringComparison.Ordinal);
        var end = start + recognized.Length;
        var overlaps = start >= 0 && start < match.Index + match.Length && match.Index < end;
        return !overlaps || recognized.Length >= match.Length;
    }
}
