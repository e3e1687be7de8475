using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Assistant;

/// <summary>
/// Hours asked over HTTP of the real host, its clock on days that are not ordinary Tuesdays: a public holiday, a
/// closure, a holiday of another state; and a service without hours, which must never be given a time.
/// </summary>
public sealed class HoursOverHttpTests
{
    private static readonly string Testtown = RepositoryPaths.TestData("Eval", "Towns", "Testtown");

    /// <summary>A clock at 10:00 in Haltern am See on <paramref name="date"/>.</summary>
    private static FakeTimeProvider At(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = date.ToDateTime(new TimeOnly(10, 0));
        return new FakeTimeProvider(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }

    private static async Task<string> AskAsync(BotApplicationFactory factory, string question, string locale = "de-DE")
    {
        using var http = factory.CreateClient();
        var replies = await new EmulatorClient(http, locale: locale).SayAsync(question);
        return string.Join("\n", replies.Select(EmulatorClient.Visible));
    }

    [Fact]
    public async Task On_easter_monday_open_now_is_no_naming_the_holiday_and_the_next_day()
    {
        using var factory = new BotApplicationFactory(Testtown, At(new DateOnly(2027, 3, 29)));

        var text = await AskAsync(factory, "Hat der Bürgerservice jetzt geöffnet?");

        Assert.Contains("Nein, heute (Ostermontag) geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Dienstag, 30. März", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_holiday_today_is_no_even_on_a_weekday_with_hours()
    {
        using var factory = new BotApplicationFactory(Testtown, At(new DateOnly(2027, 11, 1))); // a Monday

        var text = await AskAsync(factory, "Hat der Bürgerservice heute geöffnet?");

        Assert.Contains("Nein, am Montag, 1. November (Allerheiligen) geschlossen.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_the_closure_across_new_year_the_next_times_come_after_it()
    {
        using var factory = new BotApplicationFactory(Testtown, At(new DateOnly(2026, 12, 29)));

        var text = await AskAsync(factory, "Hat der Bürgerservice morgen geöffnet?");

        Assert.Contains("Nein, am Mittwoch, 30. Dezember (Betriebsferien, bis Freitag, 1. Januar) geschlossen.", text, StringComparison.Ordinal);
        Assert.Contains("Die nächsten Zeiten: Montag, 4. Januar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_state_keeps_its_offices_open_on_a_holiday_of_nrw()
    {
        using var factory = new BotApplicationFactory(Testtown, At(new DateOnly(2027, 5, 25)),
            new Dictionary<string, string?> { ["Assistant:HolidayRegion"] = "DE-NI" });

        var text = await AskAsync(factory, "Hat der Bürgerservice an Fronleichnam geöffnet?");

        Assert.Contains("Ja, am Donnerstag, 27. Mai: 08:00–12:30 Uhr, 14:00–18:00 Uhr.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_holiday_region_stops_the_host_at_start()
    {
        using var factory = new BotApplicationFactory(Testtown, At(new DateOnly(2027, 5, 25)),
            new Dictionary<string, string?> { ["Assistant:HolidayRegion"] = "NRW" });

        var exception = Record.Exception(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(exception?.GetBaseException() ?? exception);
        Assert.Contains("Assistant:HolidayRegion must be one of DE,", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hat der Bürgermeister am Montagabend Sprechstunde?", "de-DE")]
    [InlineData("Wann ist die Sprechstunde des Bürgermeisters am Wochenende?", "de-DE")]
    [InlineData("Is the mayor's consultation on Friday afternoon?", "en-US")]
    public async Task A_service_without_hours_is_given_no_time(string question, string locale)
    {
        using var factory = new BotApplicationFactory(RepositoryPaths.Knowledge, At(new DateOnly(2026, 12, 1)));

        var text = await AskAsync(factory, question, locale);

        Assert.Matches("Bürgermeister", text);
        Assert.DoesNotMatch(@"\d{1,2}:\d{2}|\b(Ja|Nein|Yes|No)\b,", text);
    }
}
