using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A role asked in one noun is held by the name the text writes with another noun of the same office: "die Leiterin"
/// asked, "die Kita-Leitung, Frau …" written; another person of the article does not answer.
/// </summary>
public sealed class RoleInAnotherNounTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-14-kita.md",
                Title = "Neue Kita an der Lindenallee eröffnet",
                Date = new DateOnly(2026, 9, 14),
                Teaser = "Nach zwei Jahren Bauzeit hat die Kita Sonnenschein ihre Türen geöffnet.",
                Paragraphs =
                [
                    "Bürgermeister Klaus Beispiel schnitt das Band durch.",
                    "Anmeldungen nimmt die Kita-Leitung, Frau Petra Sommer, ab sofort entgegen.",
                ],
            },
        ],
        [new Service { Id = "services/jugendamt.md", Title = "Jugendamt", Keywords = ["Kita"], Phone = "0123 456-600", Paragraphs = ["Das Jugendamt vergibt die Kita-Plätze."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_holder_of_a_role_asked_as_an_agent_noun_is_named_with_its_action_noun()
    {
        var reply = _town.Ask("Wie heißt die Leiterin der Kita?");

        Assert.Contains("Petra Sommer", reply.Text);
        Assert.DoesNotContain("Klaus Beispiel", reply.Text);
    }
}
