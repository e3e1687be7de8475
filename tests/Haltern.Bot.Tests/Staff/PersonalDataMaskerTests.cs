using System.Text.RegularExpressions;
using Haltern.Bot.Staff;

namespace Haltern.Bot.Tests.Staff;

public sealed partial class PersonalDataMaskerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The hostile corpus: each question with what must not survive masking.</summary>
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Staff", "masking-corpus.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0].Replace("\\n", "\n", StringComparison.Ordinal), parts[1]);
        }

        return data;
    }

    [Fact]
    public void The_hostile_corpus_holds_at_least_a_hundred_examples()
    {
        Assert.True(Corpus().Count >= 100, $"{Corpus().Count} examples");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Nothing_that_identifies_a_person_survives_masking(string question, string mustNotSurvive)
    {
        var masked = PersonalDataMasker.Mask(question, Now);

        foreach (var secret in mustNotSurvive.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(secret, masked, StringComparison.OrdinalIgnoreCase);
            if (secret.Any(char.IsAsciiDigit))
            {
                Assert.DoesNotContain(Digits(secret), Digits(masked), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("Schreiben Sie an max.muster@example.org bitte", "Schreiben Sie an [E-Mail] bitte")]
    [InlineData("Rückruf unter +49 (2364) 933-180?", "Rückruf unter [Telefon]?")]
    [InlineData("Tel. 02364/933180", "Tel. [Telefon]")]
    [InlineData("Kundennummer 12345678 fehlt", "Kundennummer [Nummer] fehlt")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00", "IBAN [IBAN]")]
    [InlineData("Gilt das für 45721 Haltern am See?", "Gilt das für [PLZ] Haltern am See?")]
    [InlineData("Ich wohne Lippestraße 12, Frau Muster", "Ich wohne [Adresse], Frau [Name]")]
    [InlineData("Ich bin HIV-positiv und Diabetiker", "Ich bin [Gesundheit] und [Gesundheit]")]
    [InlineData("geboren am 12.03.1985", "geboren am [Geburtsdatum]")]
    public void Personal_data_is_replaced_by_what_it_was(string question, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.Mask(question, Now));
    }

    [Theory]
    [InlineData("Ist das Bürgerbüro am 24.12.2026 geöffnet?")]
    [InlineData("Was kostet ein Ausweis 2026?")]
    [InlineData("Wann hat der Bürgermeister Sprechstunde?")]
    [InlineData("Wo kann ich Sperrmüll anmelden?")]
    [InlineData("Wann wird die grüne Tonne geleert?")]
    [InlineData("Ist das Rathaus am Montag um 10 Uhr offen?")]
    [InlineData("Hat die Bücherei von 10 - 12 und 14 - 18 Uhr geöffnet?")]
    [InlineData("Wie lange dauert ein Reisepass, 3 oder 4 Wochen?")]
    [InlineData("Where can I register my new address?")]
    public void Ordinary_questions_stay_readable(string question)
    {
        Assert.Equal(question, PersonalDataMasker.Mask(question, Now));
    }

    [Fact]
    public void Long_questions_are_cut()
    {
        var masked = PersonalDataMasker.Mask(new string('a', 1000), Now);

        Assert.Equal(PersonalDataMasker.MaxLength + 1, masked.Length);
        Assert.EndsWith("…", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_input_is_masked_quickly_and_cut()
    {
        var hostile = "0" + string.Concat(Enumerable.Repeat("1 2-3/", 50_000)) + "x@" + new string('a', 50_000);

        var masked = PersonalDataMasker.Mask(hostile, Now);

        Assert.True(masked.Length <= PersonalDataMasker.MaxLength + 1);
        Assert.DoesNotMatch(@"\d{6}", masked.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    private static string Digits(string text) => NotDigitOrLetter().Replace(text, string.Empty);

    [GeneratedRegex(@"[\s./\-–()]")]
    private static partial Regex NotDigitOrLetter();
}
