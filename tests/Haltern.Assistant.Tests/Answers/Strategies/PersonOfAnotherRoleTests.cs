using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The person an office's file names holds the role the file gives: asked for the holder of another role
/// ("Wer ist der Kämmerer?"), an article that names her answers, not the card of an office whose text merely shares
/// a word with the question.
/// </summary>
public sealed class PersonOfAnotherRoleTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-10-haushalt.md",
                Title = "Haushaltsentwurf eingebracht",
                Date = new DateOnly(2026, 11, 10),
                Teaser = "Die Stadt plant ein kleines Defizit.",
                Paragraphs = ["Kämmerer Markus Musterfrau hat den Entwurf des Haushalts 2027 in den Rat eingebracht."],
            },
            new Article
            {
                Id = "news/2026-10-01-spielplatz.md",
                Title = "Spielplatz erneuert",
                Date = new DateOnly(2026, 10, 1),
                Teaser = "Neue Geräte im Stadtpark.",
                Paragraphs = ["Der Spielplatz im Stadtpark hat neue Geräte bekommen."],
            },
        ],
        [
            // "Kämmerer" and "Kammer" share a stem, and the thesaurus makes a "Kammer" a "Zimmer": the office's room
            // and the town's name in its questions cover the question as well as the article does.
            new Service
            {
                Id = "services/standesamt.md",
                Title = "Standesamt",
                Person = "Bernd Beispiel",
                Role = "Standesbeamter",
                Phone = "0123 456-200",
                Address = "Rathaus, Markt 1, 12345 Musterbrück, Zimmer 5",
                Questions = ["Wo kann man in Musterbrück heiraten?"],
                Paragraphs = ["Das Standesamt beurkundet Geburten und Eheschließungen."],
            },
            new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Address = "Markt 1, 12345 Musterbrück" },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_holder_of_another_role_is_not_the_offices_person()
    {
        var reply = _town.Ask("Wer ist der Kämmerer in Musterbrück?");

        Assert.Contains("Musterfrau", reply.Text);
        Assert.DoesNotContain("Bernd Beispiel", reply.Text);
    }

    [Fact]
    public void The_role_the_file_gives_is_the_offices_person()
    {
        var reply = _town.Ask("Wer ist der Standesbeamter?");

        Assert.Contains("Bernd Beispiel", reply.Text);
    }
}
