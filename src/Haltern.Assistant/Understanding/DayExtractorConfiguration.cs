using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Matcher;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// A culture's merged date-time extractor without the parts that cannot name a day or a span of days: time
/// ranges ("zwischen 16 und 18 Uhr"), date-time ranges ("heute Nachmittag"), durations alone ("zwei Stunden")
/// and recurring sets ("jeden Dienstag"). The assistant reads days (hours are the knowledge's); each of these
/// ran its patterns over every question that names a day, a third of the recognizer's time. Dates, date
/// ranges, holidays, and dates with a time ("Dienstag um 17 Uhr", kept whole so the time is not searched as
/// words) are read as before. A time range on one day now names that day, where the whole model named a range
/// of no whole day and so nothing. Everything else is the culture's own configuration.
/// </summary>
internal sealed class DayExtractorConfiguration(IMergedExtractorConfiguration culture) : IMergedExtractorConfiguration
{
    private static readonly NoExtractor None = new();

    public IDateExtractor DateExtractor => culture.DateExtractor;

    public IDateTimeExtractor DatePeriodExtractor => culture.DatePeriodExtractor;

    public IDateTimeExtractor HolidayExtractor => culture.HolidayExtractor;

    public IDateTimeExtractor TimeExtractor => culture.TimeExtractor;

    public IDateTimeExtractor DateTimeExtractor => culture.DateTimeExtractor;

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
