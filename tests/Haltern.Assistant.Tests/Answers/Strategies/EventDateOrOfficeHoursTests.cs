using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Ab wann kann ich mein Kind anmelden?" asks for the date of an event, which an article gives; the office that takes
/// the registrations answers it with its hours only where its own text dates that event. Its hours still answer when
/// it opens and until when it is open.
/// </summary>
public sealed class EventDateOrOfficeHoursTests : IDisposable
{
    private static readonly HoursLine Weekdays = HoursParser.Parse("Mo-Fr 08:00-12:00");

    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-27-kita-anmeldung.md",
                Title = "Kita-Anmeldung für das Kita-Jahr 2027/28",
                Date = new DateOnly(2026, 10, 27),
                Teaser = "Eltern melden ihre Kinder bis zum 15. Januar 2027 über das Kita-Portal an.",
                Paragraphs =
                [
                    "Anmeldungen für das Kita-Jahr 2027/28 sind ab dem 2. November 2026 möglich.",
                    "Eltern ohne Internetzugang hilft das Familienbüro im Rathaus.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/familienbuero.md",
                Title = "Familienbüro (Kita-Platzvergabe)",
                Keywords = ["Kita", "Kindergarten"],
                Phone = "0123 456-300",
                Paragraphs = ["Das Familienbüro berät Eltern zu Kitas und vergibt die Kita-Plätze."],
                Hours = new WeeklyHours(Weekdays.Slots, Weekdays.Notes),
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_beginning_of_registrations_is_dated_by_the_article_not_by_the_offices_hours()
    {
        var reply = _town.Ask("Ab wann kann ich mein Kind für die Kita anmelden?");

        Assert.Contains("2. November", reply.Text);
        Assert.DoesNotContain("08:00", reply.Text);
    }

    [Fact]
    public void The_deadline_of_registrations_is_dated_by_the_article()
    {
        var reply = _town.Ask("Bis wann muss ich mein Kind für nen Kitaplatz angemeldet haben?");

        Assert.Contains("15. Januar", reply.Text);
    }

    [Fact]
    public void When_the_office_is_open_is_still_answered_by_its_hours()
    {
        var reply = _town.Ask("Wann hat das Familienbüro geöffnet?");

        Assert.Contains("08:00", reply.Text);
    }
}
