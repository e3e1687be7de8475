using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("Kann ich am Montag um 16 Uhr kommen?", "16:00", "um 16 Uhr")]
    [InlineData("Ist am Montag um 14:30 offen?", "14:30", "um 14:30")]
    [InlineData("Geöffnet 9.15 Uhr?", "09:15", "9.15 Uhr")]
    [InlineData("Is it open on Thursday at 5:30 pm?", "17:30", "at 5:30 pm")]
    [InlineData("Can I come at 12 am?", "00:00", "at 12 am")]
    [InlineData("Hat es am Donnerstag bis 18 Uhr offen?", "18:00", "bis 18 Uhr")]
    [InlineData("Is it open until 6 pm?", "18:00", "until 6 pm")]
    [InlineData("Passt Dienstag 16:30 für die Sprechstunde?", "16:30", "16:30")]
    [InlineData("Hat der Wertstoffhof am Donnerstag um halb eins auf?", "12:30", "um halb eins")]
    [InlineData("Kann ich um halb drei kommen?", "14:30", "um halb drei")]
    [InlineData("Ist ab halb 9 offen?", "08:30", "ab halb 9")]
    [InlineData("Hat es bis halb sieben offen?", "18:30", "bis halb sieben")]
    public void A_time_of_day_is_read_with_its_words(string text, string time, string mention)
    {
        var (read, words) = QuestionReader.ClockTime(text);

        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), read);
        Assert.Equal(mention, words);
    }

    [Theory]
    [InlineData("Hat der Bürgermeister am 10. Dezember Sprechstunde?")]
    [InlineData("Nachrichten aus dem Juni 2020")]
    [InlineData("Wie viel kostet das? 950.000 Euro?")]
    [InlineData("Ist um 25 Uhr offen?")]
    [InlineData("Was kostet es um 2020 herum?")]
    [InlineData("Dauern die Arbeiten bis 2022?")]
    [InlineData("Ist bis 5. Juni geschlossen?")]
    [InlineData("Das Ergebnis war 3:2 nach 90:00 Minuten.")]
    [InlineData("Meldung 12:30:15")]
    public void A_text_without_a_time_of_day_has_no_clock_time(string text)
    {
        Assert.Equal((null, null), QuestionReader.ClockTime(text));
    }

    [Theory]
    [InlineData("Hat das Bürgerbüro am Donnerstag bis 18 Uhr offen?", 18, true)]
    [InlineData("Is it open until 6 pm on Thursday?", 18, true)]
    [InlineData("Kann ich am Donnerstag um 18 Uhr kommen?", 18, false)]
    [InlineData("Ist am Donnerstag ab 14 Uhr offen?", 14, false)]
    public void Read_time_after_bis_is_when_the_hours_must_last_to(string text, int hour, bool isEnd)
    {
        var locale = text.StartsWith("Is ", StringComparison.Ordinal) ? "en-US" : "de-DE";
        var read = new QuestionReader(new DateUnderstanding()).Read(text, locale, new DateTime(2026, 12, 1, 10, 0, 0));

        Assert.Equal(new TimeOnly(hour, 0), read.Time);
        Assert.Equal(isEnd, read.TimeIsEnd);
    }
}
