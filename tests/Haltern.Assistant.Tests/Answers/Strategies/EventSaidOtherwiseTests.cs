using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann …?" and "Wer …?" ask of an event, which the question names by its verb: an article that holds everything
/// else the question names and says the event with another verb ("eingebracht" for "vorgestellt", "verliehen" for
/// "übergeben") answers it; an office's card that names the thing, or a text that holds only part of it, does not.
/// (Where the article says the event with the question's verb, the sentence that does answers: the shipped variant
/// "news-when-sentence-before".)
/// </summary>
public sealed class EventSaidOtherwiseTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-24-haushaltsentwurf.md",
                Title = "Kämmerin bringt Haushaltsentwurf 2027 ein",
                Date = new DateOnly(2026, 9, 24),
                Teaser = "Die Stadt rechnet im kommenden Jahr mit einem Defizit von 2,1 Millionen Euro.",
                Paragraphs =
                [
                    "Kämmerin Birgit Ostendorp hat dem Rat am 23. September den Entwurf des Haushalts 2027 vorgelegt.",
                    "Als Gründe nannte sie die höhere Kreisumlage und gestiegene Personalkosten.",
                    "Verabschieden soll der Rat den Haushalt am 15. Dezember 2026.",
                ],
            },
            new Article
            {
                Id = "news/2026-10-01-waermeplanung.md",
                Title = "Infoabend zur Wärmeplanung",
                Date = new DateOnly(2026, 10, 1),
                Teaser = "Die Stadt stellt die ersten Ergebnisse der Wärmeplanung vor.",
                Paragraphs = ["Ein Planungsbüro stellt am 12. Oktober die Bestandsanalyse vor, danach können Fragen gestellt werden."],
            },
            new Article
            {
                Id = "news/2026-12-03-neujahrsempfang.md",
                Title = "Ehrenamtspreis wird beim Neujahrsempfang verliehen",
                Date = new DateOnly(2026, 12, 3),
                Teaser = "Die Bürgerstiftung zeichnet drei Vereine aus.",
                Paragraphs = ["Der Empfang beginnt am Sonntag, 10. Januar 2027, um 11 Uhr im Bürgerhaus.", "Der Preis ist mit dreimal 1.000 Euro dotiert."],
            },
            new Article
            {
                Id = "news/2026-11-02-winterdienst.md",
                Title = "Bauhof ist gerüstet für den Winter",
                Date = new DateOnly(2026, 11, 2),
                Teaser = "Anlieger müssen Gehwege selbst räumen.",
                Paragraphs = ["In der Salzhalle an der Industriestraße lagern seit dem 1. November 850 Tonnen Streusalz."],
            },
            new Article
            {
                Id = "news/2026-09-29-gelbe-tonne.md",
                Title = "Gelbe Tonne ersetzt den Gelben Sack",
                Date = new DateOnly(2026, 9, 29),
                Teaser = "Ab dem 1. Januar 2027 werden Verpackungen in der Gelben Tonne statt im Gelben Sack gesammelt.",
                Paragraphs = ["Das hat der Umweltausschuss am 22. September einstimmig beschlossen.", "Die Tonnen liefert ein Entsorger im Dezember aus."],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Phone = "0123 456-100",
                Paragraphs = ["Im Bürgerbüro gibt es die Formulare für die Gelbe Tonne und den Abfallkalender.", "Leiterin des Bürgerbüros: Jana Offermann"],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer hat den Haushaltsentwurf vorgestellt?", "Ostendorp")]
    [InlineData("Wann wird der Ehrenamtspreis übergeben?", "10. Januar")]
    [InlineData("Wann wird der Haushalt beschlossen?", "15. Dezember")]
    public void An_event_said_with_another_verb_in_the_article_about_it_answers(string question, string expected)
    {
        var reply = _town.Ask(question);

        Assert.Contains(expected, reply.Text);
    }

    [Fact]
    public void Who_decided_is_answered_by_the_article_not_by_an_office_that_names_the_thing()
    {
        var reply = _town.Ask("Wer hat das mit der Gelben Tonne entschieden?");

        Assert.Contains("Umweltausschuss", reply.Text);
        Assert.DoesNotContain("Offermann", reply.Text);
    }

    [Fact]
    public void A_text_that_holds_only_part_of_the_thing_does_not_answer_when_of_an_event()
    {
        var reply = _town.Ask("Wann wird die blaue Tonne abgeholt?");

        Assert.DoesNotContain("November", reply.Text);
        Assert.DoesNotContain("Januar", reply.Text);
    }
}
