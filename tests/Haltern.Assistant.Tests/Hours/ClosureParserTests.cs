using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Tests.Hours;

public sealed class ClosureParserTests
{
    [Fact]
    public void A_range_across_new_year_keeps_both_ends_and_the_reason()
    {
        var closure = ClosureParser.Parse("2026-12-24 bis 2027-01-01: Betriebsferien");

        Assert.Equal(new Closure(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1), "Betriebsferien"), closure);
        Assert.True(closure.Contains(new DateOnly(2026, 12, 31)));
        Assert.True(closure.Contains(new DateOnly(2027, 1, 1)));
        Assert.False(closure.Contains(new DateOnly(2027, 1, 2)));
    }

    [Theory]
    [InlineData("2027-02-08: Rosenmontag", "Rosenmontag")]
    [InlineData("2027-02-08", null)]
    public void A_single_day_is_a_closure_of_one_day(string entry, string? reason)
    {
        Assert.Equal(new Closure(new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 8), reason), ClosureParser.Parse(entry));
    }

    [Theory]
    [InlineData("2027-01-01 – 2027-01-06")]
    [InlineData("2027-01-01 - 2027-01-06")]
    public void A_dash_joins_a_range_too(string entry)
    {
        Assert.Equal(new DateOnly(2027, 1, 6), ClosureParser.Parse(entry).To);
    }

    [Theory]
    [InlineData("24.12.2026", "not of the form")]
    [InlineData("2027-02-30", "real date")]
    [InlineData("2027-01-06 bis 2027-01-01", "ends before it starts")]
    [InlineData("Weihnachten", "not of the form")]
    public void A_bad_entry_says_why(string entry, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ClosureParser.Parse(entry));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
