using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.Utilities;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// A culture's date extractor configuration whose duration extractor runs only on a text that names a unit of
/// time, as the culture's own duration pattern reads one ("Tagen", "Wochen", "days"). The date and date range
/// extractors look for a duration in every text they read, for "in drei Tagen", "vor zwei Wochen", "die
/// letzten 3 Monate"; each runs a number extractor of its own for that, and for "am 14. März 2031" the two
/// were a third of the recognizer's time and found nothing. A duration names its unit, so where the pattern
/// finds none the duration extractor has nothing to find. Everything else is the culture's own configuration.
/// </summary>
internal sealed class DurationGatedDateConfiguration(IDateExtractorConfiguration culture, Regex durationUnit) : IDateExtractorConfiguration
{
    private readonly DurationGate _duration = new(culture.DurationExtractor, durationUnit);

    public IDateTimeExtractor DurationExtractor => _duration;

    public IEnumerable<Regex> DateRegexList => culture.DateRegexList;

    public IEnumerable<Regex> ImplicitDateList => culture.ImplicitDateList;

    public bool CheckBothBeforeAfter => culture.CheckBothBeforeAfter;

    public Regex OfMonth => culture.OfMonth;

    public Regex MonthEnd => culture.MonthEnd;

    public Regex WeekDayEnd => culture.WeekDayEnd;

    public Regex WeekDayStart => culture.WeekDayStart;

    public Regex DateUnitRegex => culture.DateUnitRegex;

    public Regex ForTheRegex => culture.ForTheRegex;

    public Regex WeekDayAndDayOfMonthRegex => culture.WeekDayAndDayOfMonthRegex;

    public Regex WeekDayAndDayRegex => culture.WeekDayAndDayRegex;

    public Regex RelativeMonthRegex => culture.RelativeMonthRegex;

    public Regex StrictRelativeRegex => culture.StrictRelativeRegex;

    public Regex WeekDayRegex => culture.WeekDayRegex;

    public Regex PrefixArticleRegex => culture.PrefixArticleRegex;

    public Regex YearSuffix => culture.YearSuffix;

    public Regex MoreThanRegex => culture.MoreThanRegex;

    public Regex LessThanRegex => culture.LessThanRegex;

    public Regex InConnectorRegex => culture.InConnectorRegex;

    public Regex SinceYearSuffixRegex => culture.SinceYearSuffixRegex;

    public Regex RangeUnitRegex => culture.RangeUnitRegex;

    public Regex RangeConnectorSymbolRegex => culture.RangeConnectorSymbolRegex;

    public Regex BeforeAfterRegex => culture.BeforeAfterRegex;

    public IExtractor IntegerExtractor => culture.IntegerExtractor;

    public IExtractor OrdinalExtractor => culture.OrdinalExtractor;

    public IParser NumberParser => culture.NumberParser;

    public IDateTimeExtractor HolidayExtractor => culture.HolidayExtractor;

    public IDateTimeUtilityConfiguration UtilityConfiguration => culture.UtilityConfiguration;

    public IImmutableDictionary<string, int> DayOfWeek => culture.DayOfWeek;

    public IImmutableDictionary<string, int> MonthOfYear => culture.MonthOfYear;

    public DateTimeOptions Options => culture.Options;

    public bool DmyDateFormat => culture.DmyDateFormat;

    public string LanguageMarker => culture.LanguageMarker;

    public string Culture => culture.Culture;
}

/// <summary>
/// A culture's date range extractor configuration whose duration extractor runs only on a text that names a unit of
/// time, and whose single dates are read by <paramref name="dates"/> (see <see cref="DurationGatedDateConfiguration"/>).
/// </summary>
internal sealed class DurationGatedDatePeriodConfiguration(IDatePeriodExtractorConfiguration culture, IDateExtractor dates, Regex durationUnit)
    : IDatePeriodExtractorConfiguration
{
    private readonly DurationGate _duration = new(culture.DurationExtractor, durationUnit);

    public IDateTimeExtractor DurationExtractor => _duration;

    public IDateExtractor DatePointExtractor => dates;

    public IEnumerable<Regex> SimpleCasesRegexes => culture.SimpleCasesRegexes;

    public Regex IllegalYearRegex => culture.IllegalYearRegex;

    public Regex YearRegex => culture.YearRegex;

    public Regex TillRegex => culture.TillRegex;

    public Regex DateUnitRegex => culture.DateUnitRegex;

    public Regex TimeUnitRegex => culture.TimeUnitRegex;

    public Regex FollowedDateUnit => culture.FollowedDateUnit;

    public Regex NumberCombinedWithDateUnit => culture.NumberCombinedWithDateUnit;

    public Regex PreviousPrefixRegex => culture.PreviousPrefixRegex;

    public Regex FutureRegex => culture.FutureRegex;

    public Regex FutureSuffixRegex => culture.FutureSuffixRegex;

    public Regex WeekOfRegex => culture.WeekOfRegex;

    public Regex MonthOfRegex => culture.MonthOfRegex;

    public Regex RangeUnitRegex => culture.RangeUnitRegex;

    public Regex InConnectorRegex => culture.InConnectorRegex;

    public Regex WithinNextPrefixRegex => culture.WithinNextPrefixRegex;

    public Regex YearPeriodRegex => culture.YearPeriodRegex;

    public Regex RelativeDecadeRegex => culture.RelativeDecadeRegex;

    public Regex ComplexDatePeriodRegex => culture.ComplexDatePeriodRegex;

    public Regex ReferenceDatePeriodRegex => culture.ReferenceDatePeriodRegex;

    public Regex AgoRegex => culture.AgoRegex;

    public Regex LaterRegex => culture.LaterRegex;

    public Regex LessThanRegex => culture.LessThanRegex;

    public Regex MoreThanRegex => culture.MoreThanRegex;

    public Regex CenturySuffixRegex => culture.CenturySuffixRegex;

    public Regex MonthNumRegex => culture.MonthNumRegex;

    public Regex NowRegex => culture.NowRegex;

    public Regex FirstLastRegex => culture.FirstLastRegex;

    public Regex OfYearRegex => culture.OfYearRegex;

    public bool CheckBothBeforeAfter => culture.CheckBothBeforeAfter;

    public IExtractor CardinalExtractor => culture.CardinalExtractor;

    public IExtractor OrdinalExtractor => culture.OrdinalExtractor;

    public IParser NumberParser => culture.NumberParser;

    public string[] DurationDateRestrictions => culture.DurationDateRestrictions;

    public DateTimeOptions Options => culture.Options;

    public bool DmyDateFormat => culture.DmyDateFormat;

    public string LanguageMarker => culture.LanguageMarker;

    public string Culture => culture.Culture;

    public bool GetFromTokenIndex(string text, out int index) => culture.GetFromTokenIndex(text, out index);

    public bool HasConnectorToken(string text) => culture.HasConnectorToken(text);

    public bool GetBetweenTokenIndex(string text, out int index) => culture.GetBetweenTokenIndex(text, out index);
}

/// <summary>A duration extractor that reads only a text in which its culture's pattern finds a unit of time.</summary>
internal sealed class DurationGate(IDateTimeExtractor inner, Regex unit) : IDateTimeExtractor
{
    public List<ExtractResult> Extract(string text) => unit.IsMatch(text) ? inner.Extract(text) : [];

    public List<ExtractResult> Extract(string text, DateTime reference) => unit.IsMatch(text) ? inner.Extract(text, reference) : [];
}
