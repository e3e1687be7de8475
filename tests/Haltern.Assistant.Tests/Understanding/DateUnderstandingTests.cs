using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class DateUnderstandingTests
{
    private static readonly DateUnderstanding Dates = new();

    // Tuesday, 1 December 2026, 10:00 city time.
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0);

    [Theory]
    [InlineData("Nachrichten aus dem Juni 2020", false, "2020-06-01", "2020-07-01")]
    [InlineData("Was gab es im Mai 2019?", false, "2019-05-01", "2019-06-01")]
    [InlineData("Meldungen aus dem Mai 2019", false, "2019-05-01", "2019-06-01")]
    [InlineData("Meldungen vom 9. Juni 2020", false, "2020-06-09", "2020-06-10")]
    [InlineData("Was gab es im Juni?", false, "2026-06-01", "2026-07-01")]
    [InlineData("Wann ist nächste Woche Sprechstunde?", true, "2026-12-07", "2026-12-14")]
    [InlineData("Hat der Bürgermeister morgen Sprechstunde?", true, "2026-12-02", "2026-12-03")]
    [InlineData("Hat das Bürgerbüro am Mittwoch geöffnet?", true, "2026-12-02", "2026-12-03")]
    [InlineData("Ist am Freitag offen?", true, "2026-12-04", "2026-12-05")]
    [InlineData("Hat das Amt heute geöffnet?", true, "2026-12-01", "2026-12-02")]
    [InlineData("Is it open tomorrow?", true, "2026-12-02", "2026-12-03")]
    [InlineData("Hat das Amt freitags offen?", true, "2026-12-04", "2026-12-05")]
    [InlineData("Und donnerstags?", true, "2026-12-03", "2026-12-04")]
    [InlineData("Is it open on Fridays?", true, "2026-12-04", "2026-12-05")]
    [InlineData("Hat das Amt am Freitagnachmittag offen?", true, "2026-12-04", "2026-12-05")]
    [InlineData("Was war am Dienstagabend?", false, "2026-12-01", "2026-12-02")]
    [InlineData("wertstoffhof samstag 19.12. offen?", true, "2026-12-19", "2026-12-20")]
    [InlineData("Hat das Amt am Montag, 14.12. offen?", true, "2026-12-14", "2026-12-15")]
    public void Recognize_german_and_english_dates_gives_the_span(string text, bool future, string start, string end)
    {
        var span = Dates.Recognize(text, english: text.StartsWith("Is ", StringComparison.Ordinal), Now, future);

        Assert.NotNull(span);
        Assert.Equal(DateOnly.Parse(start), span.Start);
        Assert.Equal(DateOnly.Parse(end), span.End);
    }

    [Fact]
    public void A_weekday_beside_a_date_is_mentioned_with_it()
    {
        var span = Dates.Recognize("Hat das Amt am Donnerstag, 10.12. offen?", english: false, Now, preferFuture: true);

        Assert.NotNull(span);
        Assert.Equal(new DateOnly(2026, 12, 10), span.Start);
        Assert.Contains(span.Mentions, m => m.Contains("Donnerstag", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_both_weekday_in_the_plural_mentions_the_whole_word()
    {
        var (_, future) = Dates.RecognizeBoth("Und freitags?", english: false, Now);

        Assert.NotNull(future);
        Assert.Equal(["freitags"], future.Mentions);
    }

    [Fact]
    public void Recognize_both_weekday_with_its_part_of_the_day_mentions_the_whole_word()
    {
        var (_, future) = Dates.RecognizeBoth("Und am Freitagnachmittag?", english: false, Now);

        Assert.NotNull(future);
        Assert.Contains("Freitagnachmittag", future.Mentions.Single(), StringComparison.Ordinal);
    }

    /// <summary>The recognizers' whole date-time model, as DateTimeRecognizer builds it.</summary>
    private static readonly DateUnderstanding Full = new(english =>
        (Microsoft.Recognizers.Text.DateTime.DateTimeModel)new Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer(english ? "en-us" : "de-de").GetDateTimeModel());

    [Theory]
    [InlineData("Ist der Bürgermeister morgen zu sprechen?")]
    [InlineData("Hat das Bürgerbüro übermorgen offen?")]
    [InlineData("Ist nächste Woche Mittwoch Sprechstunde?")]
    [InlineData("Ist am kommenden Freitag geöffnet?")]
    [InlineData("Ist in zwei Wochen Sprechstunde?")]
    [InlineData("Hat das Rathaus am 24. Dezember offen?")]
    [InlineData("Ist an Weihnachten geöffnet?")]
    [InlineData("Was gibt es am Wochenende?")]
    [InlineData("Was gab es im Mai 2019 Neues?")]
    [InlineData("Neuigkeiten aus dem Juni 2020")]
    [InlineData("Meldungen vom 9.6.2020")]
    [InlineData("Was war letzte Woche los?")]
    [InlineData("Was gab es gestern?")]
    [InlineData("Nachrichten aus 2021")]
    [InlineData("Is the mayor available tomorrow?")]
    [InlineData("What happened in May 2019?")]
    [InlineData("Is it open next Wednesday?")]
    [InlineData("News from last week")]
    [InlineData("Is it open on December 24th?")]
    // Dates with and without a unit of time: the day model looks for a duration only where one is named.
    [InlineData("Ist der Bürgermeister am 14. März 2031 zu sprechen?")]
    [InlineData("Gibt es Neuigkeiten vom 3. Mai 1995?")]
    [InlineData("Hat das Bürgerbüro in 3 Tagen offen?")]
    [InlineData("Was war in den letzten 3 Monaten?")]
    [InlineData("Gibt es Neuigkeiten aus den letzten zwei Wochen?")]
    [InlineData("Was gab es vor einem Monat?")]
    [InlineData("Meldungen vom 1. bis 5. Juni 2020")]
    [InlineData("Is the office open in three days?")]
    [InlineData("News from the last two weeks?")]
    public void The_day_model_reads_the_days_the_whole_model_reads(string text)
    {
        var english = text.StartsWith("Is ", StringComparison.Ordinal) || text.StartsWith("What ", StringComparison.Ordinal) || text.StartsWith("News ", StringComparison.Ordinal);
        foreach (var now in new[] { Now, new DateTime(2026, 12, 31, 23, 30, 0), new DateTime(2027, 2, 28, 8, 0, 0) })
        {
            Assert.Equal(Days(Full.RecognizeBoth(text, english, now)), Days(Dates.RecognizeBoth(text, english, now)));
        }

        static string Days((DateSpan? Past, DateSpan? Future) spans) => string.Join(" / ", new[] { spans.Past, spans.Future }
            .Select(s => s is null ? "-" : $"{s.Start:yyyy-MM-dd}..{s.End:yyyy-MM-dd} [{string.Join(", ", s.Mentions)}]"));
    }

    [Theory]
    [InlineData("Sprechstunde am Dienstag um 17 Uhr?", false, "Dienstag")]
    [InlineData("Is the office open on Friday at 3 pm?", true, "Friday")]
    public void A_day_with_a_time_names_the_day_the_whole_model_names_and_leaves_the_time(string text, bool english, string mention)
    {
        // The day model reads no times (QuestionReader reads a clock time), so it names the day alone.
        foreach (var now in new[] { Now, new DateTime(2026, 12, 31, 23, 30, 0) })
        {
            var (fullPast, fullFuture) = Full.RecognizeBoth(text, english, now);
            var (past, future) = Dates.RecognizeBoth(text, english, now);

            Assert.Equal((fullPast!.Start, fullPast.End, fullFuture!.Start, fullFuture.End), (past!.Start, past.End, future!.Start, future.End));
            Assert.Equal([mention], future.Mentions);
        }
    }

    [Fact]
    public void Now_names_no_day()
    {
        // "jetzt" is read as a cue (open now?), not as today's date: the whole model read it as a date-time.
        Assert.Equal((null, null), Dates.RecognizeBoth("Hat das Bürgerbüro jetzt offen?", english: false, Now));
        Assert.NotNull(Full.Recognize("Hat das Bürgerbüro jetzt offen?", english: false, Now, preferFuture: true));
    }

    [Theory]
    [InlineData("Passt Dienstag zwischen 16 und 18 Uhr?", "2026-12-01")]
    [InlineData("Hat das Bürgerbüro heute Nachmittag geöffnet?", "2026-12-01")]
    [InlineData("Ist morgen Vormittag Sprechstunde?", "2026-12-02")]
    public void A_time_range_on_a_day_names_that_day(string text, string day)
    {
        // The whole model read these as time ranges that start and end on one day, which is no span of whole
        // days, so they named nothing; the day model reads the day.
        var span = Dates.Recognize(text, english: false, Now, preferFuture: true);

        Assert.NotNull(span);
        Assert.Equal(DateOnly.Parse(day), span.Start);
        Assert.True(span.IsSingleDay);
        Assert.Null(Full.Recognize(text, english: false, Now, preferFuture: true));
    }

    /// <summary>The whole model on the whole text: what the assistant read before it narrowed both.</summary>
    private static readonly DateUnderstanding Whole = new(english =>
        (Microsoft.Recognizers.Text.DateTime.DateTimeModel)new Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer(english ? "en-us" : "de-de").GetDateTimeModel(), window: false);

    [Theory]
    [InlineData("Ist der Bürgermeister morgen zu sprechen?")]
    [InlineData("Hat der Bürgermeister am kommenden Dienstag Sprechstunde?")]
    [InlineData("Hat das Bürgerbüro in zwei Wochen am Freitag wieder geöffnet?")]
    [InlineData("Gibt es vom Rathaus Neuigkeiten aus dem Juni 2020 zum Thema Schulen?")]
    [InlineData("Ist in der nächsten Woche Sprechstunde?")]
    [InlineData("Ist das Rathaus am Dienstag, den 3. Dezember, geöffnet?")]
    [InlineData("Ist die Sprechstunde des Bürgermeisters am Montag in einer Woche?")]
    [InlineData("Was gab es im Mai 2019 Neues aus dem Rathaus?")]
    [InlineData("Was gab es vor zwei Wochen Neues?")]
    [InlineData("Hat das Bürgerbüro zwischen den Jahren geöffnet, etwa am 28. Dezember?")]
    [InlineData("Ist der Bürgermeister übermorgen im Rathaus?")]
    [InlineData("Is the mayor available the day after tomorrow?")]
    [InlineData("Is the office open on Christmas Eve?")]
    [InlineData("What was new in the town in May 2019?")]
    [InlineData("Gibt es Neuigkeiten aus dem Juni 2020?")]
    [InlineData("Hat das Bürgerbüro am kommenden Mittwoch geöffnet?")]
    [InlineData("Ist das Rathaus über Ostern geöffnet?")]
    [InlineData("Hat das Bürgerbüro Montag nächster Woche auf?")]
    [InlineData("Was war vor drei Tagen?")]
    [InlineData("What happened two weeks ago?")]
    public void The_window_reads_the_days_the_whole_question_reads(string text)
    {
        var english = text.StartsWith("Is ", StringComparison.Ordinal) || text.StartsWith("What ", StringComparison.Ordinal);
        var (past, future) = Whole.RecognizeBoth(text, english, Now);
        var (windowPast, windowFuture) = Dates.RecognizeBoth(text, english, Now);

        Assert.True(past is not null || future is not null);
        Assert.Equal((past?.Start, past?.End), (windowPast?.Start, windowPast?.End));
        Assert.Equal((future?.Start, future?.End), (windowFuture?.Start, windowFuture?.End));
    }

    [Fact]
    public void Recognize_text_without_date_gives_nothing()
    {
        Assert.Null(Dates.Recognize("Telefonnummer Bürgerbüro", english: false, Now, preferFuture: true));
    }

    [Theory]
    [InlineData("Ist der Bürgermeister morgen zu sprechen?", "morgen")]
    [InlineData("Hat das Bürgerbüro in zwei Wochen am Freitag wieder geöffnet?", "in zwei Wochen am Freitag")]
    [InlineData("Gibt es vom Rathaus Neuigkeiten aus dem Juni 2020 zum Thema Schulen?", "Juni 2020 zum")]
    [InlineData("Ist in der nächsten Woche Sprechstunde?", "nächsten Woche")]
    [InlineData("Ist das Rathaus am Dienstag, den 3. Dezember, geöffnet?", "am Dienstag, den 3. Dezember,")]
    [InlineData("Is the office open on Christmas Eve?", "on Christmas Eve?")]
    [InlineData("Hat das Bürgerbüro am kommenden Mittwoch geöffnet?", "am kommenden Mittwoch")]
    [InlineData("Was war vor drei Tagen?", "vor drei Tagen?")]
    [InlineData("What happened two weeks ago?", "two weeks ago?")]
    [InlineData("Ist das Bürgerbüro Freitag früh offen?", "Freitag früh")]
    [InlineData("morgen", "morgen")]
    public void Date_window_is_the_words_around_what_can_name_a_day(string text, string window)
    {
        Assert.Equal(window, DateUnderstanding.DateWindow(text));
    }

    [Fact]
    public void Date_window_text_that_cannot_name_a_day_is_null()
    {
        Assert.Null(DateUnderstanding.DateWindow("Wie ist die Telefonnummer vom Bürgerbüro?"));
    }

    [Fact]
    public void Recognize_long_question_finds_the_same_span_as_in_the_short_one()
    {
        var longer = Dates.Recognize("Guten Tag, ich wollte fragen, ob der Herr Bürgermeister eventuell in zwei Wochen eine Sprechstunde für Bürgerinnen und Bürger anbietet?", english: false, Now, preferFuture: true);
        var shorter = Dates.Recognize("in zwei Wochen", english: false, Now, preferFuture: true);

        Assert.NotNull(shorter);
        Assert.NotNull(longer);
        Assert.Equal((shorter.Start, shorter.End), (longer.Start, longer.End));
        Assert.Equal(shorter.Mentions, longer.Mentions);
    }
}
