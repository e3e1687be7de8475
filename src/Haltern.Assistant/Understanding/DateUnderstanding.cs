using System.Globalization;
using System.Text.RegularExpressions;
using Haltern.Assistant.Language;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using Microsoft.Recognizers.Text.DateTime.German;

namespace Haltern.Assistant.Understanding;

/// <summary>A span of days [Start, End) a question speaks of: "morgen", "am Mittwoch", "im Juni 2020".</summary>
public sealed record DateSpan(DateOnly Start, DateOnly End)
{
    public bool IsSingleDay => End == Start.AddDays(1);

    /// <summary>The words of the question that named the date ("Juni 2020").</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}

/// <summary>
/// Reads dates in a question with Microsoft.Recognizers.Text (German and English), relative to the city's
/// today. The models are built once and shared.
/// </summary>
public sealed partial class DateUnderstanding
{
    // Built on first use (each compiles hundreds of patterns): a bot that starts answers before they are ready.
    private readonly Lazy<DateTimeModel> _german;
    private readonly Lazy<DateTimeModel> _english;

    /// <summary>Reads days with the recognizers' date-time models narrowed to days (see <see cref="DayExtractorConfiguration"/>).</summary>
    public DateUnderstanding()
        : this(english => english
            ? DayModel(
                new EnglishMergedExtractorConfiguration(EnglishOptions),
                new EnglishDateExtractorConfiguration(EnglishOptions),
                new EnglishDatePeriodExtractorConfiguration(EnglishOptions),
                EnglishDurationExtractorConfiguration.DurationUnitRegex,
                new EnglishMergedParserConfiguration(EnglishOptions))
            : DayModel(
                new GermanMergedExtractorConfiguration(GermanOptions),
                new GermanDateExtractorConfiguration(GermanOptions),
                new GermanDatePeriodExtractorConfiguration(GermanOptions),
                GermanDurationExtractorConfiguration.DurationUnitRegex,
                new GermanMergedParserConfiguration(GermanOptions)))
    {
    }

    /// <summary>
    /// Reads days with the models <paramref name="model"/> builds (English when its argument is true), in the
    /// <see cref="DateWindow"/> or, for comparison, in the whole text.
    /// </summary>
    internal DateUnderstanding(Func<bool, DateTimeModel> model, bool window = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        _german = new(() => model(false));
        _english = new(() => model(true));
        _window = window;
    }

    private readonly bool _window;

    private static readonly BaseDateTimeOptionsConfiguration GermanOptions = new(Culture.German);
    private static readonly BaseDateTimeOptionsConfiguration EnglishOptions = new(Culture.English);

    /// <summary>
    /// The culture's date-time model narrowed to days (<see cref="DayExtractorConfiguration"/>), its date and date
    /// range extractors looking for a duration only where the text names a unit of time (<see cref="DurationGate"/>).
    /// </summary>
    private static DateTimeModel DayModel(
        IMergedExtractorConfiguration extractor, IDateExtractorConfiguration dates, IDatePeriodExtractorConfiguration periods, Regex durationUnit,
        IMergedParserConfiguration parser)
    {
        var dateExtractor = new BaseDateExtractor(new DurationGatedDateConfiguration(dates, durationUnit));
        var periodExtractor = new BaseDatePeriodExtractor(new DurationGatedDatePeriodConfiguration(periods, dateExtractor, durationUnit));
        return new(new BaseMergedDateTimeParser(parser), new BaseMergedDateTimeExtractor(new DayExtractorConfiguration(extractor, dateExtractor, periodExtractor)));
    }

    /// <summary>
    /// The first date or date range in <paramref name="text"/>. Where the text leaves the year or week open
    /// ("am Mittwoch", "im Mai"), <paramref name="preferFuture"/> picks the coming one (hours) or else the past
    /// one (news).
    /// </summary>
    public DateSpan? Recognize(string text, bool english, DateTime now, bool preferFuture) =>
        Recognize(text, english, now) is ({ } window, { } results) ? Pick(window, results, now, preferFuture) : null;

    /// <summary>
    /// True when <paramref name="text"/> names a day, a range of days, or a range open at one end ("ab dem 13. April",
    /// "bis September 2027"): a knowledge sentence that does answers "Wann …?", though such a range is no span to
    /// search news or hours in.
    /// </summary>
    public bool NamesADate(string text, bool english, DateTime now) =>
        Recognize(text, english, now) is (not null, { } results)
        && results.SelectMany(Values).Any(v => ToSpan(v) is not null
            || (v.GetValueOrDefault("type") is "daterange" or "datetimerange" && (Parse(v.GetValueOrDefault("start")) ?? Parse(v.GetValueOrDefault("end"))) is not null));

    /// <summary>
    /// The date or range a question names read both ways at once: the past one (news) and the coming one
    /// (hours). The recognizer runs once, and only when the text has a digit or a word that can name a day.
    /// </summary>
    public (DateSpan? Past, DateSpan? Future) RecognizeBoth(string text, bool english, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, english, now) is ({ } window, { } results)
            ? (Pick(window, results, now, preferFuture: false), Pick(window, results, now, preferFuture: true))
            : (null, null);
    }

    /// <summary>
    /// Every day or range of days <paramref name="text"/> names, a year left open read as the one nearest to
    /// <paramref name="near"/> (a text's own date: "am 14. Mai" in an article of 15 May is the day before, in
    /// one of 20 April the coming one). Empty where it names none.
    /// </summary>
    public IReadOnlyList<DateSpan> Days(string text, bool english, DateOnly near)
    {
        if (Recognize(text, english, near.ToDateTime(TimeOnly.MinValue)) is not (not null, { } results))
        {
            return [];
        }

        var days = new List<DateSpan>();
        foreach (var result in results)
        {
            // "am 14. Mai 2025" can come back as two results, the day and the year right after it; a year elsewhere
            // in the sentence ("die Sätze für 2027") is not the day's.
            var year = results.FirstOrDefault(r => r.Start > result.End && r.Start - result.End <= 3 && Timex(r) is { Length: 4 } t && t.All(char.IsDigit));
            if (year is not null && Timex(result) is { } timex && timex.StartsWith("XXXX-", StringComparison.Ordinal)
                && WithYear(timex, int.Parse(Timex(year)!, CultureInfo.InvariantCulture)) is { } dated)
            {
                days.Add(dated);
                continue;
            }

            // A year left open is put in by hand: the recognizers' caches can hold the text's values resolved against
            // another reference day. A day named relative to the text's ("morgen", "am Mittwoch") is not read.
            var open = Timex(result);
            if (open is not null && open.StartsWith("XXXX-", StringComparison.Ordinal))
            {
                if (new[] { near.Year - 1, near.Year, near.Year + 1 }.Select(y => WithYear(open, y)).OfType<DateSpan>()
                    .MinBy(s => Math.Abs(s.Start.DayNumber - near.DayNumber)) is { } nearest)
                {
                    days.Add(nearest);
                }
            }
            else if (open is { Length: >= 4 } && open[..4].All(char.IsDigit) && Values(result).Select(ToSpan).OfType<DateSpan>().FirstOrDefault() is { } span)
            {
                days.Add(span);
            }
        }

        return days;
    }

    /// <summary>The recognizer's results, with the part of the text it read (their offsets are into that part).</summary>
    private (string? Window, List<ModelResult>? Results) Recognize(string text, bool english, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var window = _window ? DateWindow(text) : text;
        if (window is null)
        {
            return (null, null); // most questions name no day: the recognizer's hundreds of patterns are skipped
        }

        try
        {
            // "freitags", "on Fridays" (every Friday) are read as the next Friday: the models are narrowed to days
            // and read no recurring sets. The letters are replaced, not removed, so the offsets stay the window's.
            var read = WeekdayPlural().Replace(window, m => string.Concat(m.Value.AsSpan(0, m.Length - 1), " "));

            // "Dienstagabend", "Freitagnachmittag": the day, read without its part (the models read no times of day);
            // the part's letters become spaces, so the offsets stay the window's too.
            read = DayWithPart().Replace(read, m => string.Concat(m.Groups["day"].Value, new string(' ', m.Groups["part"].Length)));
            return (window, (english ? _english : _german).Value.Parse(read, now));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// The part of <paramref name="text"/> that can name a date: the words that can name a day, the words between
    /// them, up to two words before them that can belong to a date ("am kommenden Mittwoch", "in zwei Wochen", but
    /// not an article that opens it) and one such word after them ("Freitag früh", "Christmas Eve"); null when no
    /// word can name a day. The recognizer's cost grows with the length of its input, so it reads only this part.
    /// </summary>
    internal static string? DateWindow(string text)
    {
        var matches = MayNameADate().Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        var words = Words().Matches(text);
        int first = -1, last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (matches.Any(m => m.Index < word.Index + word.Length && word.Index < m.Index + m.Length))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var start = first;
        while (start > 0 && first - start < WordsBefore && CanBelongToADate(words[start - 1].Value))
        {
            start--;
        }

        while (start < first && Articles.Contains(words[start].Value))
        {
            start++; // "der nächste Montag": an article before the date's words changes nothing, and costs the most
        }

        var end = last;
        while (end + 1 < words.Count && end - last < WordsAfter && CanBelongToADate(words[end + 1].Value))
        {
            end++;
        }

        var from = words[start];
        var to = words[end];
        return text[from.Index..(to.Index + to.Length)];
    }

    /// <summary>Words before the first that can name a day: "in zwei Wochen", "am kommenden Freitag".</summary>
    private const int WordsBefore = 2;

    /// <summary>Words after the last: "Christmas Eve", "Freitag früh".</summary>
    private const int WordsAfter = 1;

    /// <summary>Articles, left out where they open the window (the recognizers try every date pattern that can start with one).</summary>
    private static readonly HashSet<string> Articles = new(
        WordListFile.Words("de/date-articles.txt", "en/date-articles.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="word"/> can be part of a date expression beside a word that names a day: a number,
    /// or one of <see cref="DateContext"/>. (The words beside the date are those that cannot name a day themselves.)
    /// </summary>
    internal static bool CanBelongToADate(string word)
    {
        var bare = word.AsSpan().Trim(Punctuation);
        if (bare.IsEmpty)
        {
            return false;
        }

        foreach (var c in bare)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return DateContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);
    }

    /// <summary>
    /// Words that can stand in a date expression beside the words that name a day (<c>Language/*/date-context.txt</c>:
    /// prepositions, "nächste", "letzte", numbers and ordinals in words, "Anfang"/"Ende", parts of a day), and the articles.
    /// </summary>
    private static readonly HashSet<string> DateContext = new(
        [.. Articles, .. WordListFile.Words("de/date-context.txt", "en/date-context.txt")],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    private static DateSpan? Pick(string text, List<ModelResult> results, DateTime now, bool preferFuture)
    {

        var today = DateOnly.FromDateTime(now);
        // "Samstag, 13.3.": a weekday beside a day of a month names that day, which is read first (the weekday alone
        // would be the coming one), and the weekday's word is mentioned with it: part of the date, no topic word.
        string[] beside = [];
        if (results.Count > 1 && results.Any(r => IsWeekdayAlone(Timex(r))) && results.Any(r => IsDayOfMonth(Timex(r))))
        {
            beside = [.. results.Where(r => IsWeekdayAlone(Timex(r))).Select(r => Mention(text, r))];
            results = [.. results.Where(r => IsDayOfMonth(Timex(r))), .. results.Where(r => !IsDayOfMonth(Timex(r)))];
        }

        // "aus dem Juni 2020" comes back as two results, "dem Juni" (year open) and "2020": put them together.
        var year = results.Select(r => Timex(r)).FirstOrDefault(t => t is { Length: 4 } && t.All(char.IsDigit));
        foreach (var result in results)
        {
            var values = Values(result);
            if (year is not null && Timex(result) is { } timex && timex.StartsWith("XXXX-", StringComparison.Ordinal)
                && WithYear(timex, int.Parse(year, CultureInfo.InvariantCulture)) is { } dated)
            {
                return dated with { Mentions = [Mention(text, result), Mention(text, results.First(r => Timex(r) == year))] };
            }

            var spans = values.Select(ToSpan).OfType<DateSpan>().ToList();
            if (spans.Count == 0 || (year is not null && Timex(result) == year && results.Count > 1))
            {
                continue;
            }

            var span = preferFuture
                ? spans.Where(s => s.End > today).OrderBy(s => s.Start).FirstOrDefault() ?? spans[^1]
                : spans.Where(s => s.Start <= today).OrderByDescending(s => s.Start).FirstOrDefault() ?? spans[0];
            return span with { Mentions = IsDayOfMonth(Timex(result)) ? [Mention(text, result), .. beside] : [Mention(text, result)] };
        }

        return null;
    }

    /// <summary>True for a weekday with no date ("XXXX-WXX-6": a Saturday).</summary>
    private static bool IsWeekdayAlone(string? timex) => timex is not null && timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal);

    /// <summary>True for a day of a month, with its year or without ("XXXX-02-27").</summary>
    private static bool IsDayOfMonth(string? timex) => timex is not null && DayOfMonthTimex().IsMatch(timex);

    [GeneratedRegex(@"^(XXXX|\d{4})-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonthTimex();

    /// <summary>A digit, or a word that can name a day, a week, a month or a year (German or English).</summary>
    [GeneratedRegex(@"\d|heute|morgen|gestern|woche|monat|jahr|tag\b|tage\b|tagen\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|januar|jänner|februar|märz|maerz|april|mai\b|juni|juli|august|september|oktober|november|dezember|ostern|pfingsten|weihnacht|silvester|neujahr|advent|wochenende|feiertag|today|tomorrow|yesterday|tonight|week|month|year|day\b|days\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|may\b|june|july|october|december|easter|christmas|weekend|aktuell|jetzt|now\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayNameADate();

    /// <summary>The words of <paramref name="text"/> the result stands on, to the end of its last word ("freitags", "Dienstagabend").</summary>
    private static string Mention(string text, ModelResult result)
    {
        if (result.Start < 0 || result.End >= text.Length || result.End < result.Start)
        {
            return result.Text;
        }

        var end = result.End + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[result.Start..end];
    }

    [GeneratedRegex(@"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPlural();

    [GeneratedRegex(@"\b(?<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?<part>früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayWithPart();

    private static IReadOnlyList<Dictionary<string, string>> Values(ModelResult result) =>
        result.Resolution?.TryGetValue("values", out var raw) == true && raw is IEnumerable<Dictionary<string, string>> values
            ? values.ToArray()
            : [];

    private static string? Timex(ModelResult result) => Values(result).Select(v => v.GetValueOrDefault("timex")).FirstOrDefault();

    /// <summary>A month (XXXX-06) or a day (XXXX-12-24) put into a year named elsewhere in the question.</summary>
    private static DateSpan? WithYear(string timex, int year)
    {
        var parts = timex.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var start = new DateOnly(year, month, 1);
            return new DateSpan(start, start.AddMonths(1));
        }

        if (parts.Length == 3 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out month) && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var date = new DateOnly(year, month, day);
            return new DateSpan(date, date.AddDays(1));
        }

        return null;
    }

    private static DateSpan? ToSpan(Dictionary<string, string> value)
    {
        value.TryGetValue("type", out var type);
        switch (type)
        {
            case "date":
            case "datetime":
                return Parse(value.GetValueOrDefault("value")) is { } day ? new DateSpan(day, day.AddDays(1)) : null;
            case "daterange":
            case "datetimerange":
                var start = Parse(value.GetValueOrDefault("start"));
                var end = Parse(value.GetValueOrDefault("end"));
                return start is { } s && end is { } e && e > s ? new DateSpan(s, e) : null;
            default:
                return null;
        }
    }

    private static DateOnly? Parse(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
