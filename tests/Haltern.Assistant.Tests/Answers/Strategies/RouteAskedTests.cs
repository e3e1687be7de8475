using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie komme ich … rum?", "Gibt es eine Umleitung?": the sentence that gives the way around a closure answers, not
/// the one that says the road is closed; the means of travel ("mit dem Auto") is no thing the article must name.
/// </summary>
public sealed class RouteAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-01-weidenbruecke.md",
                Title = "Weidenbrücke wird saniert",
                Date = new DateOnly(2026, 9, 1),
                Teaser = "Die Weidenbrücke ist ab dem 14. September für zwölf Wochen voll gesperrt.",
                Paragraphs =
                [
                    "Bei der Prüfung wurden Risse im Beton gefunden.",
                    "Die Sanierung kostet 800.000 Euro.",
                    "Der Verkehr wird über die Kreisstraße 9 umgeleitet.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wie komme ich mit dem Auto um die gesperrte Weidenbrücke rum?")]
    [InlineData("Gibt es eine Umleitung während der Sperrung der Weidenbrücke?")]
    [InlineData("wo geht die umleitung lang wenn die weidenbrücke dicht ist")]
    public void A_way_around_a_closure_is_the_detour(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("Kreisstraße 9", reply.Text);
    }
}
