using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The town's own name stands in most articles and in every office's address: it names where everything happens, no
/// topic. A question that names the town and a thing the knowledge lacks is not about the office whose title carries
/// the town's name ("Freibad Eichwalde"); the office asked for by its own name is still found.
/// </summary>
public sealed class TownNameNoTopicTests : IDisposable
{
    private static readonly string[] Topics = ["Radweg", "Kita", "Feuerwehr", "Bücherei", "Haushalt", "Glasfaser", "Friedhof", "Wochenmarkt"];

    private readonly AssistantHarness _town = new(
        [.. Topics.Select((topic, i) => new Article
        {
            Id = $"news/2026-0{1 + (i % 9)}-1{i}-artikel-{i}.md",
            Title = $"Neues zum Thema {topic}",
            Date = new DateOnly(2026, 1 + (i % 9), 10 + i),
            Teaser = $"Die Stadt Eichwalde informiert über {topic}.",
            Paragraphs = [$"In Eichwalde geht es beim Thema {topic} voran."],
        })],
        [
            Office("services/freibad.md", "Freibad Eichwalde", "Das Freibad hat ein 50-Meter-Becken und eine Rutsche."),
            Office("services/buergerbuero.md", "Bürgerbüro", "Hier beantragen Sie Ausweise und Pässe."),
            Office("services/standesamt.md", "Standesamt", "Das Standesamt beurkundet Geburten und Eheschließungen."),
            Office("services/ordnungsamt.md", "Ordnungsamt", "Das Ordnungsamt ist für Fundsachen zuständig."),
        ]);

    private static Service Office(string id, string title, string text) => new()
    {
        Id = id,
        Title = title,
        Address = "Markt 1, 12345 Eichwalde",
        Phone = "0123 456-" + id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Paragraphs = [text],
    };

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_question_naming_the_town_and_a_thing_it_lacks_gets_no_office_titled_with_the_towns_name()
    {
        var reply = _town.Ask("Wer war dieses Jahr Schützenkönig in Eichwalde?");

        Assert.DoesNotContain("Freibad", reply.Text);
        Assert.Contains("leider", reply.Text);
    }

    [Fact]
    public void The_office_named_by_its_own_words_is_still_found_with_the_towns_name()
    {
        var reply = _town.Ask("Wie ist die Telefonnummer vom Freibad in Eichwalde?");

        Assert.Contains("Freibad Eichwalde", reply.Text);
    }
}
