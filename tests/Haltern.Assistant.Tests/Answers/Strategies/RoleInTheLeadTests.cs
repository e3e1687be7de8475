using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A role the lead names as taking part ("Bürgermeisterin … beim Spatenstich") is not the article's subject: a sum
/// of the article is not what she earns, while the sum still answers what the article's subject costs.
/// </summary>
public sealed class RoleInTheLeadTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-22-kita-sonnenweg.md",
                Title = "Spatenstich für die Kita Sonnenweg",
                Date = new DateOnly(2026, 4, 22),
                Teaser = "Mit einem Spatenstich haben Bürgermeisterin Eva Lind und der Träger den Bau der Kita Sonnenweg begonnen.",
                Paragraphs =
                [
                    "Die Kita erhält vier Gruppen mit 80 Plätzen.",
                    "Die Baukosten von 3,8 Millionen Euro trägt zu 60 Prozent das Land.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void What_a_role_named_in_the_lead_earns_is_not_the_articles_sum()
    {
        var reply = _town.Ask("Wie viel verdient die Bürgermeisterin?");

        Assert.DoesNotContain("3,8 Millionen", reply.Text);
    }

    [Fact]
    public void What_the_articles_subject_costs_is_still_its_sum()
    {
        var reply = _town.Ask("Was kostet die Kita Sonnenweg?");

        Assert.Contains("3,8 Millionen", reply.Text);
    }
}
