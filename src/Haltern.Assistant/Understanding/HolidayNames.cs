using System.Globalization;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// Reads the days a question names by a public holiday's name ("an Fronleichnam", "an Allerheiligen", "am Tag der
/// Deutschen Einheit", "on Good Friday"), which the date models do not know or misread ("am Tag" as today, "Good
/// Friday" as the next Friday). What people call the holidays is in <c>Language/holiday-names.txt</c>; the dates
/// come from <see cref="PublicHolidays"/>. A year right after the name ("Fronleichnam 2028") picks that year.
/// Per question this is one dictionary look-up per word; the dates are computed only for a name found.
/// </summary>
internal static class HolidayNames
{
    /// <summary>The phrases by their first folded word: the phrase's folded words and the library's name.</summary>
    private static readonly Dictionary<string, (string[] Words, string Name)[]> Phrases = Load();

    /// <summary>The states looked through for a holiday's date (its date is the same in each state that keeps it).</summary>
    private static readonly Lazy<PublicHolidays[]> States = new(() => PublicHolidays.SupportedRegions.Select(r => new PublicHolidays(r)).ToArray());

    /// <summary>
    /// The holiday the question names, as the last one on or before today (news) and the next one on or after it
    /// (hours); null when it names none, or when the date models' own reading covers the name already.
    /// </summary>
    /// <param name="text">The question.</param>
    /// <param name="words">Its words, as found in it.</param>
    /// <param name="folded">The same words folded (<see cref="Lexicon.Fold"/>).</param>
    /// <param name="now">City time.</param>
    /// <param name="recognized">The words the date models read as a date, if any.</param>
    public static (DateSpan Past, DateSpan Future)? Find(string text, IReadOnlyList<string> words, IReadOnlyList<string> folded, DateTime now, string? recognized)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!Phrases.TryGetValue(folded[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, name) in candidates)
            {
                if (!StartsAt(folded, i, phrase))
                {
                    continue;
                }

                var last = i + phrase.Length - 1;
                int? year = last + 1 < words.Count && int.TryParse(words[last + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and < 2100 ? y : null;
                // "am Freitag nach Fronleichnam", "on the Monday before Easter": the weekday next to the holiday.
                var (weekday, after) = i >= 2 ? WeekdayBeside(folded[i - 2], folded[i - 1]) : (null, false);
                var first = weekday is null ? i : i - 2;
                var mention = Mention(text, words, first, year is null ? last : last + 1);
                if (mention is null || Covered(text, mention, recognized) || Dates(name, year, now, mention) is not { } dates)
                {
                    return null;
                }

                return weekday is { } day ? (Beside(dates.Past, day, after), Beside(dates.Future, day, after)) : dates;
            }
        }

        return null;
    }

    /// <summary>
    /// The weekday a question names before a holiday with "nach"/"vor" ("Freitag nach Fronleichnam"), by the calendar's
    /// German and English names of the days (<see cref="DayPartReader.Weekdays"/>), and whether after it; none where the
    /// two words are not such.
    /// </summary>
    private static (DayOfWeek? Day, bool After) WeekdayBeside(string day, string preposition)
    {
        var after = preposition is "nach" or "after";
        var index = DayPartReader.Weekdays.Select((name, i) => name == day ? i : -1).FirstOrDefault(i => i >= 0, -1);
        return index < 0 || (!after && preposition is not ("vor" or "before")) ? (null, false) : ((DayOfWeek)(index % DaysOfTheWeek), after);
    }

    private const int DaysOfTheWeek = 7;

    /// <summary>The first <paramref name="day"/> after (or the last before) the holiday's day, with the holiday's mention.</summary>
    private static DateSpan Beside(DateSpan holiday, DayOfWeek day, bool after)
    {
        var date = holiday.Start;
        do
        {
            date = date.AddDays(after ? 1 : -1);
        }
        while (date.DayOfWeek != day);

        return new DateSpan(date, date.AddDays(1)) { Mentions = holiday.Mentions };
    }

    private static bool StartsAt(IReadOnlyList<string> folded, int start, string[] phrase)
    {
        if (start + phrase.Length > folded.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(folded[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static (DateSpan Past, DateSpan Future)? Dates(string name, int? year, DateTime now, string mention)
    {
        var today = DateOnly.FromDateTime(now);
        var state = States.Value.FirstOrDefault(s => s.In(year ?? today.Year).Any(h => h.Name == name));
        if (state is null)
        {
            return null;
        }

        var dates = (year is { } named ? [named] : new[] { today.Year - 1, today.Year, today.Year + 1 })
            .SelectMany(state.In)
            .Where(h => h.Name == name)
            .Select(h => h.Date)
            .Order()
            .ToArray();
        if (dates.Length == 0)
        {
            return null;
        }

        var past = year is null ? dates.LastOrDefault(d => d <= today, dates[0]) : dates[0];
        var future = year is null ? dates.FirstOrDefault(d => d >= today, dates[^1]) : dates[0];
        string[] mentions = [mention];
        return (new DateSpan(past, past.AddDays(1)) { Mentions = mentions }, new DateSpan(future, future.AddDays(1)) { Mentions = mentions });
    }

    /// <summary>The text from the first word to the last, as written.</summary>
    private static string? Mention(string text, IReadOnlyList<string> words, int first, int last)
    {
        var start = text.IndexOf(words[first], StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(words[last], start + (first == last ? 0 : words[first].Length), StringComparison.Ordinal);
        return start < 0 || end < 0 ? null : text[start..(end + words[last].Length)];
    }

    /// <summary>True when the date models read as much as the name or more around it ("zweiten Weihnachtstag", "Ostermontag 2027"), or another date.</summary>
    private static bool Covered(string text, string mention, string? recognized)
    {
        if (recognized is null)
        {
            return false;
        }

        var start = text.IndexOf(recognized, StringComparison.Ordinal);
        var named = text.IndexOf(mention, StringComparison.Ordinal);
        var overlaps = start >= 0 && start < named + mention.Length && named < start + recognized.Length;
        return !overlaps || recognized.Length >= mention.Length;
    }

    private static Dictionary<string, (string[] Words, string Name)[]> Load()
    {
        var phrases = PhraseMappings.Read("holiday-names.txt");

        // Longest first, so that "zweiter weihnachtstag" is tried before a phrase it starts with.
        return phrases.GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
