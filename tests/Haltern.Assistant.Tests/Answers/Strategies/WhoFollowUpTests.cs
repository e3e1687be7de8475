using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wer ist da zuständig?" after an answer about an article: the sentence that names a person ("Ansprechpartnerin ist
/// …"), not the lead that names the body that decided; "Wer hat das genehmigt?" still the body that did.
/// </summary>
public sealed class WhoFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-06-03-regentonnen.md",
                Title = "Stadt fördert Regentonnen",
                Date = new DateOnly(2026, 6, 3),
                Teaser = "Der Umweltausschuss hat ein Förderprogramm für Regentonnen beschlossen.",
                Paragraphs =
                [
                    "Wer eine Regentonne aufstellt, erhält einen Zuschuss von 50 Euro.",
                    "Das Programm hat der Kreis als Aufsichtsbehörde genehmigt.",
                    "Ansprechpartnerin ist Klimaschutzmanagerin Julia Berg, Telefon 01234 567-89.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Who_is_responsible_after_an_answer_is_the_person_the_article_names()
    {
        _town.Ask("Wie viel Zuschuss gibt es für eine Regentonne?");
        var reply = _town.Ask("Wer ist da zuständig?");

        Assert.Contains("Julia Berg", reply.Text);
    }

    [Fact]
    public void Who_approved_it_after_an_answer_is_the_body_that_did()
    {
        _town.Ask("Wie viel Zuschuss gibt es für eine Regentonne?");
        var reply = _town.Ask("Wer hat das genehmigt?");

        Assert.Contains("Kreis", reply.Text);
    }
}
