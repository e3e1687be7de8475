using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wer …?" is answered by a sentence where a name stands with the role asked (right before the name, in apposition,
/// in the same clause) or, without a role, by the person or body that did what the question's verb says; the body
/// the question itself names is no answer, and a role that no sentence names a person for is not known.
/// </summary>
public sealed class PersonWithTheRoleTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-20-haushaltsentwurf.md",
                Title = "Haushaltsentwurf 2027 eingebracht",
                Date = new DateOnly(2026, 10, 20),
                Teaser = "Der Entwurf sieht ein Defizit von 3,1 Millionen Euro vor.",
                Paragraphs =
                [
                    "Kämmerer Gregor Mustermann hat den Entwurf in der Ratssitzung am Mittwoch eingebracht.",
                    "Beraten wird der Entwurf im Haupt- und Finanzausschuss.",
                ],
            },
            new Article
            {
                Id = "news/2026-05-04-stadtwald.md",
                Title = "Neuer Mischwald im Stadtwald",
                Date = new DateOnly(2026, 5, 4),
                Teaser = "Auf 20 Hektar Kahlfläche pflanzt die Stadt junge Bäume.",
                Paragraphs =
                [
                    "Wer mitpflanzen möchte, meldet sich bei der Forstabteilung.",
                    "Stadtförster Olaf Beispielmann bittet, die eingezäunten Flächen nicht zu betreten.",
                ],
            },
            new Article
            {
                Id = "news/2025-11-06-ausschuesse.md",
                Title = "Der neue Rat hat seine Ausschüsse besetzt",
                Date = new DateOnly(2025, 11, 6),
                Teaser = "Der Kulturausschuss hat als erster Ausschuss getagt.",
                Paragraphs =
                [
                    "Der Kulturausschuss hat am Montag den Zuschuss für die Musikschule beschlossen.",
                    "Geleitet wird der Kulturausschuss von Britta Probefrau, der Bauausschuss von Sven Testmann.",
                ],
            },
            new Article
            {
                Id = "news/2025-06-24-parkgebuehren.md",
                Title = "Parkgebühren steigen",
                Date = new DateOnly(2025, 6, 24),
                Teaser = "Ab September kostet eine Stunde Parken 2 Euro.",
                Paragraphs =
                [
                    "Der Finanzausschuss hat die Erhöhung der Parkgebühren am 17. Juni beschlossen.",
                    "Kämmerer Gregor Mustermann begründete die Erhöhung mit gestiegenen Kosten für die Parkscheinautomaten.",
                ],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer ist eigentlich der Kämmerer?", "Gregor Mustermann")]
    [InlineData("Wie heißt der Förster der Stadt?", "Olaf Beispielmann")]
    public void A_role_asked_is_answered_by_the_name_that_stands_with_it(string question, string name)
    {
        var reply = _town.Ask(question);

        Assert.Contains(name, reply.Text);
    }

    [Fact]
    public void The_body_the_question_names_is_no_answer_to_who_leads_it()
    {
        var reply = _town.Ask("Wer leitet den Kulturausschuss?");

        Assert.Contains("Britta Probefrau", reply.Text);
    }

    [Fact]
    public void A_role_no_sentence_names_a_person_for_is_not_known()
    {
        var reply = _town.Ask("Wer ist der Ortsvorsteher im Stadtwald?");

        Assert.DoesNotContain("Beispielmann", reply.Text);
        Assert.Contains("leider", reply.Text);
    }

    [Fact]
    public void Who_did_what_is_asked_is_the_one_the_sentence_with_that_verb_names_not_one_who_spoke_about_it()
    {
        var reply = _town.Ask("Wer hat die Erhöhung der Parkgebühren beschlossen?");

        Assert.Contains("Finanzausschuss", reply.Text);
        Assert.DoesNotContain("Mustermann", reply.Text);
    }
}
