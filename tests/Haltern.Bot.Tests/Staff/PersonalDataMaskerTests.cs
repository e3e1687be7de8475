using Haltern.Bot.Staff;

namespace Haltern.Bot.Tests.Staff;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("Schreiben Sie an max.muster@example.org bitte", "Schreiben Sie an [E-Mail] bitte")]
    [InlineData("Meine Nummer ist 0171 1234567.", "Meine Nummer ist [Telefon].")]
    [InlineData("Rückruf unter +49 (2364) 933-180?", "Rückruf unter [Telefon]?")]
    [InlineData("Tel. 02364/933180", "Tel. [Telefon]")]
    [InlineData("Kundennummer 12345678 fehlt", "Kundennummer [Nummer] fehlt")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00", "IBAN [IBAN]")]
    public void Personal_data_is_masked(string question, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.Mask(question));
    }

    [Theory]
    [InlineData("Ist das Bürgerbüro am 24.12.2026 geöffnet?")]
    [InlineData("Gilt das für 45721 Haltern am See?")]
    [InlineData("Was kostet ein Ausweis 2026?")]
    public void Dates_postcodes_and_years_stay_readable(string question)
    {
        Assert.Equal(question, PersonalDataMasker.Mask(question));
    }

    [Fact]
    public void Long_questions_are_cut()
    {
        var masked = PersonalDataMasker.Mask(new string('a', 1000));

        Assert.Equal(PersonalDataMasker.MaxLength + 1, masked.Length);
        Assert.EndsWith("…", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_input_is_masked_quickly_and_cut()
    {
        var hostile = "0" + string.Concat(Enumerable.Repeat("1 2-3/", 50_000)) + "x@" + new string('a', 50_000);

        var masked = PersonalDataMasker.Mask(hostile);

        Assert.True(masked.Length <= PersonalDataMasker.MaxLength + 1);
        Assert.DoesNotMatch(@"\d{6}", masked.Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
