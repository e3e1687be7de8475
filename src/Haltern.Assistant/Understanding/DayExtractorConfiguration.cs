using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Matcher;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// A culture's merged date-time extractor without the parts that cannot name a day or a span of days: times
/// and dates with a time ("um 17 Uhr", "Dienstag um 17 Uhr"; a clock time is read by
/// <see cref="QuestionReader.ClockTime"/>, and its words are left out of the search there), time ranges
/// ("zwischen 16 und 18 Uhr"), date-time ranges ("heute Nachmittag"), durations alone ("zwei Stunden") and
/// recurring sets ("jeden Dienstag"). The assistant reads days (hours are the knowledge's); each of these ran
/// its patterns over every question that names a day: the time ranges and the rest a third of the recognizer's
/// time, the dates with a time a quarter of what was left. Dates, date ranges and holidays are read as before.
/// A time range on one day now names that day, where the whole model named a range of no whole day and so
/// nothing; "jetzt" names no day (the assistant reads it as a cue). Everything else is the culture's own
/// configuration, but for the date and date range extractors, which the model hands in
/// (see <see cref="DurationGatedDateConfiguration"/>).
/// </summary>
internal sealed class DayExtractorConfiguration(IMergedExtractorConfiguration culture, IDateExtractor dates, IDateTimeExtractor periods)
    : IMergedExtractorConfiguration
{
    private static readonly NoExtractor None = new();

    /// <summary>The date extractor given (see <see cref="DurationGatedDateConfiguration"/>).</summary>
    public IDateExtractor DateExtractor => dates;

    /// <summary>The date range extractor given (see <see cref="DurationGatedDatePeriodConfiguration"/>).</summary>
    public IDateTimeExtractor DatePeriodExtractor => periods;

    public IDateTimeExtractor HolidayExtractor => culture.HolidayExtractor;

    public IDateTimeExtractor TimeExtractor => None;

    public IDateTimeExtractor DateTimeExtractor => None;

    public IDateTimeExtractor TimePeriodExtractor => None;

    public IDateTimeExtractor DateTimePeriodExtractor => None;

    public IDateTimeExtractor DurationExtractor => None;

    public IDateTimeExtractor SetExtractor => None;

    public IDateTimeZoneExtractor TimeZoneExtractor => culture.TimeZoneExtractor;

    public IDateTimeListExtractor DateTimeAltExtractor => culture.DateTimeAltExtractor;

    public IExtractor IntegerExtractor => culture.IntegerExtractor;

    public IEnumerable<Regex> TermFilterRegexes => culture.TermFilterRegexes;

    public Regex TasksModeMentionFilters => culture.TasksModeMentionFilters;

    public Regex AfterRegex => culture.AfterRegex;

    public Regex BeforeRegex => culture.BeforeRegex;

    public Regex SinceRegex => culture.SinceRegex;

    public Regex AroundRegex => culture.AroundRegex;

    public Regex EqualRegex => culture.EqualRegex;

    public Regex FromToRegex => culture.FromToRegex;

    public Regex SingleAmbiguousMonthRegex => culture.SingleAmbiguousMonthRegex;

    public Regex AmbiguousRangeModifierPrefix => culture.AmbiguousRangeModifierPrefix;

    public Regex PotentialAmbiguousRangeRegex => culture.PotentialAmbiguousRangeRegex;

    public Regex PrepositionSuffixRegex => culture.PrepositionSuffixRegex;

    public Regex NumberEndingPattern => culture.NumberEndingPattern;

    public Regex SuffixAfterRegex => culture.SuffixAfterRegex;

    public Regex UnspecificDatePeriodRegex => culture.UnspecificDatePeriodRegex;

    public Regex UnspecificTimePeriodRegex => culture.UnspecificTimePeriodRegex;

    public Regex FailFastRegex => culture.FailFastRegex;

    public Regex YearRegex => culture.YearRegex;

    public StringMatcher SuperfluousWordMatcher => culture.SuperfluousWordMatcher;

    public Dictionary<Regex, Regex> AmbiguityFiltersDict => culture.AmbiguityFiltersDict;

    public bool CheckBothBeforeAfter => culture.CheckBothBeforeAfter;

    public DateTimeOptions Options => culture.Options;

    public bool DmyDateFormat => culture.DmyDateFormat;

    public string LanguageMarker => culture.LanguageMarker;

    public string Culture => culture.Culture;

    /// <summary>An extractor that finds nothing.</summary>
    private sealed class NoExtractor : IDateTimeExtractor
    {
        public List<ExtractResult> Extract(string text) => [];

        public List<ExtractResult> Extract(string text, DateTime reference) => [];
    }
}
