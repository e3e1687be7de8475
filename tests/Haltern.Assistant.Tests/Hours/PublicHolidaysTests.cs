using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Tests.Hours;

public sealed class PublicHolidaysTests
{
    /// <summary>
    /// The statutory holidays of Nordrhein-Westfalen (Feiertagsgesetz NW § 2; dates as published by the state's
    /// Ministerium des Innern): Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag,
    /// Fronleichnam, Tag der Deutschen Einheit, Allerheiligen, 1. and 2. Weihnachtstag.
    /// </summary>
    public static TheoryData<int, string[]> OfficialNrw() => new()
    {
        { 2026, ["01-01", "04-03", "04-06", "05-01", "05-14", "05-25", "06-04", "10-03", "11-01", "12-25", "12-26"] },
        { 2027, ["01-01", "03-26", "03-29", "05-01", "05-06", "05-17", "05-27", "10-03", "11-01", "12-25", "12-26"] },
        { 2028, ["01-01", "04-14", "04-17", "05-01", "05-25", "06-05", "06-15", "10-03", "11-01", "12-25", "12-26"] },
        { 2029, ["01-01", "03-30", "04-02", "05-01", "05-10", "05-21", "05-31", "10-03", "11-01", "12-25", "12-26"] },
        { 2030, ["01-01", "04-19", "04-22", "05-01", "05-30", "06-10", "06-20", "10-03", "11-01", "12-25", "12-26"] },
    };

    [Theory]
    [MemberData(nameof(OfficialNrw))]
    public void Nrw_has_exactly_the_official_holidays_of_the_year(int year, string[] days)
    {
        var holidays = new PublicHolidays("DE-NW");

        Assert.Equal(days.Select(d => DateOnly.Parse($"{year}-{d}", System.Globalization.CultureInfo.InvariantCulture)), holidays.In(year).Select(h => h.Date));
    }

    [Theory]
    [InlineData("2026-06-04", "Fronleichnam", "Corpus Christi")]
    [InlineData("2026-11-01", "Allerheiligen", "All Saints")]
    [InlineData("2027-03-29", "Ostermontag", "Easter Monday")]
    [InlineData("2026-12-26", "Zweiter Weihnachtsfeiertag", "St Stephen's Day")]
    public void A_holiday_has_its_name_in_both_languages(string date, string name, string english)
    {
        var holiday = new PublicHolidays("DE-NW").On(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(holiday);
        Assert.Equal(name, holiday.Name);
        Assert.Equal(english, holiday.EnglishName);
    }

    [Fact]
    public void A_working_day_is_no_holiday()
    {
        Assert.Null(new PublicHolidays("DE-NW").On(new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData("DE-BY", "2027-01-06", true)]   // Heilige Drei Könige
    [InlineData("DE-NW", "2027-01-06", false)]
    [InlineData("DE-NI", "2027-10-31", true)]   // Reformationstag
    [InlineData("DE-NI", "2027-05-27", false)]  // no Fronleichnam in Niedersachsen
    [InlineData("DE-BE", "2027-03-08", true)]   // Internationaler Frauentag
    [InlineData("DE", "2027-11-01", false)]     // Allerheiligen is no holiday of every state
    [InlineData("de-nw", "2027-11-01", true)]
    public void The_region_decides_the_holidays_of_the_states(string region, string date, bool holiday)
    {
        Assert.Equal(holiday, new PublicHolidays(region).On(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)) is not null);
    }

    [Theory]
    [InlineData("NW")]
    [InlineData("DE-XX")]
    [InlineData("AT-9")]
    [InlineData("DE-12")]
    [InlineData("")]
    public void An_unknown_region_is_refused_naming_the_known_ones(string region)
    {
        Assert.False(PublicHolidays.IsSupported(region));
        var error = Assert.Throws<ArgumentException>(() => new PublicHolidays(region));
        Assert.Contains("DE-NW", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_german_state_is_supported()
    {
        Assert.Equal(17, PublicHolidays.SupportedRegions.Count); // 16 states and DE
    }
}
