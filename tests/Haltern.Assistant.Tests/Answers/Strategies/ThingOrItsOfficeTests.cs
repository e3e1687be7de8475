using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wo ist der Flohmarkt?" asks where the market is, not where the office that handles markets sits: an article's
/// sentence that places the thing answers before the card of an office whose keywords only name it; the office asked
/// for by its own name keeps its card.
/// </summary>
public sealed class ThingOrItsOfficeTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-08-flohmarkt.md",
                Title = "Flohmarkt zieht um",
                Date = new DateOnly(2026, 10, 8),
                Teaser = "Während der Neugestaltung des Marktplatzes findet der Flohmarkt ab November auf dem Kirchplatz statt.",
                Paragraphs = ["Der Eintritt bleibt für Besucher frei."],
            },
        ],
        [
            new Service
            {
                Id = "services/ordnungsamt.md",
                Title = "Ordnungsamt",
                Keywords = ["Flohmarkt", "Gewerbeanmeldung", "Fundsachen"],
                Address = "Rathaus, Markt 1, 12345 Eichwalde",
                Phone = "0123 456-200",
                Paragraphs = ["Das Ordnungsamt ist zuständig für Gewerbeanmeldungen, den Flohmarkt und Fundsachen."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Where_a_thing_is_comes_from_the_article_that_places_it_not_from_the_office_that_handles_it()
    {
        var reply = _town.Ask("Wo ist der Flohmarkt?");

        Assert.Contains("Kirchplatz", reply.Text);
        Assert.DoesNotContain("Markt 1", reply.Text);
    }

    [Fact]
    public void Where_the_office_is_comes_from_its_card()
    {
        var reply = _town.Ask("Wo ist das Ordnungsamt?");

        Assert.Contains("Markt 1", reply.Text);
    }

    [Fact]
    public void The_office_for_a_thing_is_still_reached_by_its_card()
    {
        var reply = _town.Ask("Welche Telefonnummer hat das Amt für den Flohmarkt?");

        Assert.Contains("456-200", reply.Text);
    }
}
