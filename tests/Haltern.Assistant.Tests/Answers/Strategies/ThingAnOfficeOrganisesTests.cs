using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann ist Stadtradeln?" asks when the thing is, not when the office whose keywords name it (it organises it) is
/// open: the article that dates it answers. Asked for the office's opening hours, or for a day, the office's hours do.
/// </summary>
public sealed class ThingAnOfficeOrganisesTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-20-radeln.md",
                Title = "Stadtradeln im Frühjahr",
                Date = new DateOnly(2026, 11, 20),
                Paragraphs = ["Das Stadtradeln läuft vom 10. Mai bis 30. Mai 2027.", "Teams melden sich auf der Internetseite an."],
            },
        ],
        [
            new Service
            {
                Id = "services/klimaschutz.md",
                Title = "Büro für Klimaschutz",
                Keywords = ["Stadtradeln", "Energieberatung"],
                Phone = "0123 456-640",
                Paragraphs = ["Das Büro für Klimaschutz berät zu Förderprogrammen und organisiert Aktionen."],
                Hours = new WeeklyHours(new[] { "Mo-Do 09:00-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []),
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void When_the_thing_is_asked_the_article_that_dates_it_answers()
    {
        var reply = _town.Ask("Wann ist Stadtradeln?");

        Assert.Contains("10. Mai", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_for_its_opening_hours_the_office_answers()
    {
        var reply = _town.Ask("Wann hat das Büro für Klimaschutz geöffnet?");

        Assert.Contains("09:00", reply.Text, StringComparison.Ordinal);
    }
}
