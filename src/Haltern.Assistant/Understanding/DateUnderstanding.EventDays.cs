using Haltern.Assistant.Language;

namespace Haltern.Assistant.Understanding;

/// <summary>A date a question names by the event of its day ("an Silvester"), which names a topic as well.</summary>
public sealed partial class DateUnderstanding
{
    /// <summary>
    /// True when a date the question names (<paramref name="mention"/>) is a day named for what happens on it ("am
    /// Rosenmontag", "an Silvester", "zum Volkstrauertag", "at Easter"): a word of it can belong to no date as a number or
    /// a date word (<see cref="CanBelongToADate"/>), is no weekday, month or season (<c>markers/time.txt</c>,
    /// <c>markers/months.txt</c>) and no day counted from today or unit of the calendar (<c>Language/de/day-words.txt</c>).
    /// </summary>
    internal static bool NamesADayByItsEvent(string mention) =>
        Words().Matches(mention).Any(m => !CanBelongToADate(m.Value) && Lexicon.Fold(m.Value.Trim(Punctuation)) is { Length: > 0 } folded
            && !DayWords.Contains(folded) && !SentenceMarkers.IsDayOrMonth(folded));

    private static readonly char[] Punctuation = "?!.,;:\"'()[]«»„“”‚‘’".ToCharArray();

    /// <summary>The words that name a day by its place in time (<c>Language/de/day-words.txt</c>), folded.</summary>
    private static readonly HashSet<string> DayWords = WordListFile.Words("de/day-words.txt").Select(Lexicon.Fold).ToHashSet(StringComparer.Ordinal);
}
