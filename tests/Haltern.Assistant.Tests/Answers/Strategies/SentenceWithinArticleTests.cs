using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The article first, then the sentence within it: the article that covers the question answers with its sentence
/// that holds the kind asked for and shares most of the question beyond the article's subject, though that sentence
/// repeats little of the question, and not with another event's date or person that the best covering sentence names.
/// </summary>
public sealed class SentenceWithinArticleTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-05-06-kita-am-park.md",
                Title = "Spatenstich für die Kita am Park",
                Date = new DateOnly(2025, 5, 6),
                Teaser = "Im Ortsteil Nordfeld entsteht eine sechsgruppige Kita am Park.",
                Paragraphs =
                [
                    "Am Freitag erfolgte im Ortsteil Nordfeld der erste Spatenstich.",
                    "In sechs Gruppen entstehen 110 Betreuungsplätze.",
                    "Träger der Einrichtung wird die Arbeiterwohlfahrt (AWO).",
                ],
            },
            new Article
            {
                Id = "news/2025-03-14-anbau-grundschule.md",
                Title = "Anbau für die Grundschule am Bach",
                Date = new DateOnly(2025, 3, 14),
                Teaser = "Vier Gruppenräume und eine Mensa sollen an der Grundschule am Bach entstehen.",
                Paragraphs =
                [
                    "Der Schulausschuss hat am 12. März einstimmig den Anbau an der Grundschule am Bach empfohlen.",
                    "Die Kosten werden auf 3,4 Millionen Euro geschätzt.",
                    "Schulleiterin Heike Beispiel rechnet mit einer Bauzeit von 18 Monaten.",
                ],
            },
            new Article
            {
                Id = "news/2026-02-12-haushalt.md",
                Title = "Haushalt 2026 beschlossen",
                Date = new DateOnly(2026, 2, 12),
                Teaser = "Der Rat hat den Haushalt 2026 mit großer Mehrheit beschlossen.",
                Paragraphs = ["Investiert werden 14,2 Millionen Euro, unter anderem in den Anbau der Grundschule am Bach."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_place_is_taken_from_the_sentence_that_names_what_is_asked_beyond_the_subject()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-06-02-sommerfest.md",
                    Title = "Sommerfest im Stadtgarten",
                    Date = new DateOnly(2026, 6, 2),
                    Teaser = "Das Sommerfest findet am 4. Juli im Stadtgarten an der Lindenallee statt.",
                    Paragraphs =
                    [
                        "Auf zwei Bühnen spielen Bands aus der Region.",
                        "Weil die Lindenallee gesperrt wird, bittet die Stadt, auf dem Parkplatz am Schulzentrum an der Ringstraße zu parken.",
                    ],
                },
            ],
            [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

        var reply = town.Ask("Wo kann ich beim Sommerfest parken?");

        Assert.Contains("Ringstraße", reply.Text);
    }

    [Theory]
    [InlineData("Wie komme ich während der Sperrung der Uferstraße rum, gibt es eine Umleitung?", true)]
    [InlineData("Fährt während der Sperrung der Uferstraße ein Shuttlebus?", false)]
    public void A_question_of_no_kind_is_answered_by_the_articles_sentence_with_its_words_beyond_the_subject(string question, bool answered)
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-02-11-uferstrasse.md",
                    Title = "Uferstraße wird voll gesperrt",
                    Date = new DateOnly(2026, 2, 11),
                    Teaser = "Die Uferstraße ist ab dem 9. März für drei Monate voll gesperrt.",
                    Paragraphs =
                    [
                        "Die Stadtwerke erneuern die Wasserleitung zwischen Markt und Bahnhof.",
                        "Die Umleitung läuft über die Ringstraße.",
                    ],
                },
            ],
            [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

        var reply = town.Ask(question);

        Assert.Equal(answered, reply.Text.Contains("Ringstraße", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_in_a_sentence_that_repeats_little_of_the_question_answers()
    {
        var reply = _town.Ask("Wer betreibt die Kita am Park?");

        Assert.True(reply.Answered);
        Assert.Contains("Arbeiterwohlfahrt", reply.Text);
    }

    [Fact]
    public void The_person_asked_for_is_the_one_named_with_the_question_beyond_the_subject()
    {
        var reply = _town.Ask("Wer ist Schulleiterin an der Grundschule am Bach?");

        Assert.Contains("Heike Beispiel", reply.Text);
        Assert.DoesNotContain("Schulausschuss", reply.Text);
    }

    [Fact]
    public void An_amount_is_taken_from_the_article_about_the_thing_not_from_one_that_lists_it_among_others()
    {
        var reply = _town.Ask("Was kostet der Anbau der Grundschule am Bach?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
        Assert.DoesNotContain("14,2", reply.Text);
    }

    [Fact]
    public void An_article_none_of_whose_sentences_holds_the_kind_asked_for_gets_no_answer()
    {
        var reply = _town.Ask("Was kostet die Kita am Park?");

        Assert.False(reply.Answered);
        Assert.DoesNotContain("3,4 Millionen", reply.Text);
    }
}
