using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann ist … fertig?" of a building: the sentence that says when it is moved into or goes into operation answers,
/// not the groundbreaking the lead dates.
/// </summary>
public sealed class WhenFinishedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2027-03-25-geraetehaus.md",
                Title = "Spatenstich für das Gerätehaus in Norddorf",
                Date = new DateOnly(2027, 3, 25),
                Teaser = "Am Mittwoch haben Bürgermeister und Wehrleiter den ersten Spatenstich für das Gerätehaus gesetzt.",
                Paragraphs =
                [
                    "Das Gerätehaus erhält zwei Fahrzeughallen und einen Schulungsraum.",
                    "Die Bauzeit beträgt 18 Monate, sodass die Löschgruppe im Herbst 2028 einziehen kann.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void When_a_building_is_finished_is_when_it_is_moved_into()
    {
        var reply = _town.Ask("Wann ist das Gerätehaus in Norddorf fertig?");

        Assert.Contains("Herbst 2028", reply.Text);
    }
}
