using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A day named for what happens on it ("am Volkstrauertag", "an Silvester") is a date and a topic: asked what happens
/// then, its articles answer. Where an office's hours are asked, where an office is named, or where the day is all a
/// message names, it is the day only. The harness's clock stands on Tuesday, 1 December 2026.
/// </summary>
public sealed class DayNamedForAnEventTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-05-gedenken.md",
                Title = "Gedenken am Ehrenmal",
                Date = new DateOnly(2026, 11, 5),
                Paragraphs = ["Beim Gedenken am Volkstrauertag hält Pfarrerin Miriam Lohberg die Rede."],
            },
            new Article
            {
                Id = "news/2026-11-20-empfang.md",
                Title = "Empfang im Ratssaal",
                Date = new DateOnly(2026, 11, 20),
                Paragraphs = ["Beim Neujahrsempfang hält Landrat Peter Osterkamp die Rede, eine Rede über das Ehrenamt."],
            },
            new Article
            {
                Id = "news/2026-11-25-altstadt.md",
                Title = "Regeln für die Altstadt",
                Date = new DateOnly(2026, 11, 25),
                Paragraphs = ["An Silvester ist Feuerwerk in der ganzen Altstadt verboten.", "Laubbläser sind in der Altstadt an Sonntagen verboten."],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Phone = "0123 456-100",
                Paragraphs = ["Das Bürgerbüro stellt Ausweise aus."],
                Hours = new WeeklyHours(new[] { "Mo-Fr 08:00-12:00" }.Select(HoursParser.Parse).SelectMany(l => l.Slots), []),
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer hält am Volkstrauertag die Rede?", "Lohberg")]
    [InlineData("Was darf man an Silvester in der Altstadt nicht?", "Feuerwerk")]
    public void A_day_named_for_an_event_names_the_topic(string question, string answer)
    {
        var reply = _town.Ask(question);

        Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hat das Bürgerbüro an Neujahr offen?")]
    [InlineData("Hat das Bürgerbüro an Fronleichnam offen?")]
    [InlineData("Bürgerbüro an Fronleichnam?")]
    [InlineData("Bürgerbüro am 2. Weihnachtstag auf?")]
    public void Asked_of_an_office_such_a_day_is_the_day_only(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("geschlossen", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Osterkamp", reply.Text, StringComparison.Ordinal);
    }
}
