using System.Globalization;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Language;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// Reads the part of the day a question names ("am Vormittag", "abends", "Dienstagnachmittag", "in the afternoon")
/// from the word lists <c>Language/de/dayparts.txt</c> and <c>Language/en/dayparts.txt</c>, loaded once. A weekday
/// joined to a part is read as that part (the date reader reads the weekday); a greeting ("Guten Abend") names no time.
/// </summary>
internal static class DayPartReader
{
    private static readonly Dictionary<string, DayPart?> Words = new(StringComparer.Ordinal);

    /// <summary>Two-word phrases ("guten abend") by their first word, then their second.</summary>
    private static readonly Dictionary<string, Dictionary<string, DayPart?>> Phrases = new(StringComparer.Ordinal);

    static DayPartReader() => Load();

    /// <summary>
    /// Weekday names a part of the day can be joined to, folded: "dienstag" in "Dienstagnachmittag"; the German ones,
    /// then the English, each from Sunday as <see cref="DayOfWeek"/> counts.
    /// </summary>
    internal static readonly IReadOnlyList<string> Weekdays = new[] { "de-DE", "en-US" }
        .SelectMany(c => CultureInfo.GetCultureInfo(c).DateTimeFormat.DayNames)
        .Select(Lexicon.Fold)
        .ToArray();

    /// <summary>The first part of the day the folded words name, or null.</summary>
    public static DayPart? Find(IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        for (var i = 0; i < folded.Count; i++)
        {
            if (i + 1 < folded.Count && Phrases.TryGetValue(folded[i], out var seconds) && seconds.TryGetValue(folded[i + 1], out var phrase))
            {
                if (phrase is not null)
                {
                    return phrase;
                }

                i++;
                continue;
            }

            if ((Words.TryGetValue(folded[i], out var part) || Words.TryGetValue(WithoutWeekday(folded[i]), out part)) && part is not null)
            {
                return part;
            }
        }

        return null;
    }

    private static string WithoutWeekday(string word)
    {
        foreach (var day in Weekdays)
        {
            if (word.Length > day.Length && word.StartsWith(day, StringComparison.Ordinal))
            {
                return word[day.Length..];
            }
        }

        return word;
    }

    private static void Load()
    {
        foreach (var file in new[] { "de/dayparts.txt", "en/dayparts.txt" })
        {
            foreach (var (words, name) in PhraseMappings.Read(file))
            {
                DayPart? part = name == "none" ? null
                    : Enum.TryParse<DayPart>(name, ignoreCase: true, out var p) ? p
                    : throw new InvalidDataException($"Language/{file}: '{name}' is not a part of the day.");
                if (words.Length == 1)
                {
                    Words[words[0]] = part;
                }
                else if (words.Length == 2)
                {
                    (Phrases.TryGetValue(words[0], out var seconds) ? seconds : Phrases[words[0]] = new(StringComparer.Ordinal))[words[1]] = part;
                }
                else
                {
                    throw new InvalidDataException($"Language/{file}: '{string.Join(' ', words)}' has more than two words.");
                }
            }
        }
    }
}
