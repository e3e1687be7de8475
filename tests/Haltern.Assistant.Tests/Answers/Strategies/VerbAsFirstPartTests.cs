using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A verb's stem stands first in the compound that names the thing for doing it ("parken": "Parkplätze",
/// "schwimmen": "Schwimmbecken"): "Wo kann ich parken?" is answered where the article names the car park, not where it
/// names the fest's square.
/// </summary>
public sealed class VerbAsFirstPartTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2027-05-14-stadtfest.md",
                Title = "Stadtfest auf dem Marktplatz",
                Date = new DateOnly(2027, 5, 14),
                Teaser = "Vom 11. bis 13. Juni feiert die Stadt ihr Stadtfest auf dem Marktplatz.",
                Paragraphs =
                [
                    "Höhepunkt ist das Feuerwerk am Samstag um 22:30 Uhr.",
                    "Für Besucherinnen und Besucher richtet die Stadt kostenlose Parkplätze auf dem Gelände der Realschule an der Schulstraße ein.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Where_to_park_is_answered_by_the_car_park()
    {
        var reply = _town.Ask("Wo kann ich beim Stadtfest parken?");

        Assert.Contains("Realschule", reply.Text);
    }

    [Fact]
    public void Where_to_park_after_an_answer_about_the_fest_is_answered_by_its_car_park()
    {
        _town.Ask("Wann ist das Stadtfest?");

        var reply = _town.Ask("Und wo kann man da parken?");

        Assert.Contains("Realschule", reply.Text);
    }
}
