using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann wird das Laub von der Stadt abgeholt?" asks the date of a collection (markers/events.txt: abholen, einsammeln, leeren):
/// the article's sentence that names it answers, not the card of the office that hands out the sacks. "fertig" before a
/// noun ("meinen fertigen Ausweis") asks no date.
/// </summary>
public sealed class CollectionDateTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-06-laub.md",
                Title = "Laubsäcke gibt es kostenlos im Bürgerbüro",
                Date = new DateOnly(2026, 10, 6),
                Paragraphs =
                [
                    "Wer Laub von städtischen Straßenbäumen zusammenkehrt, bekommt dafür kostenlose Laubsäcke.",
                    "Pro Haushalt gibt das Bürgerbüro bis zu zehn Säcke aus.",
                    "Die gefüllten Säcke holt der Betriebshof am 9. November und am 23. November ab.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Keywords = ["Laubsäcke", "Fundbüro"],
                Phone = "0123 456-100",
                Hours = WeeklyHoursOf("Mo-Fr 08:00-12:00"),
                Paragraphs = ["Das Bürgerbüro ist auch das Fundbüro der Stadt und gibt die kostenlosen Laubsäcke aus."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_date_of_a_collection_is_the_sentence_that_names_it()
    {
        var reply = _town.Ask("Wann wird das Laub von der Stadt abgeholt?");

        Assert.Contains("9. November", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kann ich meinen fertigen Ausweis ohne Termin abholen?", false)]
    [InlineData("Wann ist die Turnhalle fertig?", true)]
    public void Fertig_asks_when_only_as_said_of_the_thing(string question, bool when)
    {
        var read = new QuestionReader(new DateUnderstanding()).Read(question, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

        Assert.Equal(when, read.Has(Cue.When));
    }

    private static Haltern.Assistant.Hours.WeeklyHours WeeklyHoursOf(params string[] entries)
    {
        var lines = entries.Select(Haltern.Assistant.Hours.HoursParser.Parse).ToArray();
        return new Haltern.Assistant.Hours.WeeklyHours(lines.SelectMany(l => l.Slots), lines.SelectMany(l => l.Notes));
    }
}
