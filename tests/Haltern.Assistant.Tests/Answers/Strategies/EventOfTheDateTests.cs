using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A "Wann …?" asks for the date of an event: the sentence that names the same kind of event answers (an opening for
/// "macht … auf", a beginning for "fangen … an", the end for "fertig", a decision for "abgestimmt"), in its own
/// words, not the date of another event of the same thing that the article names first.
/// </summary>
public sealed class EventOfTheDateTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-05-06-kita-lindenhof.md",
                Title = "Spatenstich für die Kita Lindenhof",
                Date = new DateOnly(2025, 5, 6),
                Teaser = "Im Ortsteil Nordfeld entsteht die sechsgruppige Kita Lindenhof.",
                Paragraphs =
                [
                    "Am Freitag, 2. Mai 2025, erfolgte der erste Spatenstich für die Kita Lindenhof.",
                    "In sechs Gruppen entstehen 110 Betreuungsplätze.",
                    "Eröffnet wird die Einrichtung voraussichtlich im August 2026.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-12-bahnhof.md",
                Title = "Bahnhof wird barrierefrei",
                Date = new DateOnly(2026, 3, 12),
                Teaser = "Am 4. Mai 2026 beginnt der Umbau des Bahnhofs.",
                Paragraphs =
                [
                    "Die Bahnsteige werden erhöht, zwei Aufzüge kommen hinzu.",
                    "Abgeschlossen sein sollen die Arbeiten im September 2027.",
                ],
            },
            new Article
            {
                Id = "news/2026-10-22-haushaltsentwurf.md",
                Title = "Entwurf des Haushalts 2027 eingebracht",
                Date = new DateOnly(2026, 10, 22),
                Teaser = "Kämmerin Petra Beispiel hat am Mittwoch den Entwurf des Haushalts 2027 eingebracht.",
                Paragraphs =
                [
                    "Er sieht ein Defizit von 3,2 Millionen Euro vor.",
                    "Verabschiedet werden soll der Haushalt in der Ratssitzung am 17. Dezember.",
                ],
            },
            new Article
            {
                Id = "news/2026-06-30-sommerfest.md",
                Title = "Sommerfest am Mühlenteich",
                Date = new DateOnly(2026, 6, 30),
                Teaser = "Das Sommerfest mit Feuerwerk findet vom 28. bis 30. August 2026 statt.",
                Paragraphs =
                [
                    "Drei Bühnen stehen auf dem Marktplatz.",
                    "Höhepunkt ist das Feuerwerk am Samstagabend um 22:30 Uhr über dem Mühlenteich.",
                ],
            },
            new Article
            {
                Id = "news/2025-10-09-buergerbus.md",
                Title = "Bürgerbus fährt eine zweite Linie",
                Date = new DateOnly(2025, 10, 9),
                Teaser = "Dank neuer Ehrenamtlicher fährt der Bürgerbus ab November auf einer zweiten Linie.",
                Paragraphs =
                [
                    "Ab Montag, 3. November, fährt der Bürgerbus auf der neuen Linie B2 zum Bahnhof.",
                    "Eine Fahrt kostet 2 Euro.",
                ],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void An_opening_asked_with_a_separable_verb_is_dated_by_the_sentence_that_names_the_opening()
    {
        var reply = _town.Ask("Wann macht die Kita Lindenhof auf?");

        Assert.Contains("August 2026", reply.Text);
        Assert.DoesNotContain("2. Mai", reply.Text);
    }

    [Fact]
    public void The_end_of_works_is_dated_by_the_sentence_that_names_their_end_not_their_beginning()
    {
        var reply = _town.Ask("Wann ist der Bahnhof fertig?");

        Assert.Contains("September 2027", reply.Text);
    }

    [Fact]
    public void The_end_asked_with_a_compound_the_text_writes_apart_is_dated_by_the_sentence_that_names_the_end()
    {
        var reply = _town.Ask("Wann ist der Bahnhofsumbau fertig?");

        Assert.Contains("September 2027", reply.Text);
    }

    [Fact]
    public void The_beginning_of_works_is_dated_by_the_sentence_that_names_their_beginning()
    {
        var reply = _town.Ask("Wann fangen die am Bahnhof an?");

        Assert.Contains("4. Mai 2026", reply.Text);
    }

    [Fact]
    public void A_vote_is_dated_by_the_sentence_that_names_the_decision_in_other_words()
    {
        var reply = _town.Ask("Wann wird über den Haushalt 2027 abgestimmt?");

        Assert.Contains("17. Dezember", reply.Text);
    }

    [Fact]
    public void A_question_that_names_no_kind_of_event_keeps_the_sentence_that_shares_its_words()
    {
        var reply = _town.Ask("Wann war der Spatenstich für die Kita Lindenhof?");

        Assert.Contains("2. Mai 2025", reply.Text);
    }

    [Fact]
    public void A_time_of_day_asked_for_is_answered_by_the_sentence_with_one_not_by_the_days()
    {
        var reply = _town.Ask("Um wie viel Uhr ist das Feuerwerk beim Sommerfest?");

        Assert.Contains("22:30", reply.Text);
    }

    [Fact]
    public void Between_sentences_that_date_the_same_event_the_one_naming_the_day_answers()
    {
        var reply = _town.Ask("Ab wann fährt der Bürgerbus auf der zweiten Linie?");

        Assert.Contains("3. November", reply.Text);
    }

    [Theory]
    [InlineData("Ab dem 13. April wird die Straße saniert.", "begin")]
    [InlineData("Die Arbeiten gehen am Montag los.", "begin")]
    [InlineData("Die Kita macht im August auf.", "open")]
    [InlineData("Der Rat hat den Haushalt verabschiedet.", "decide")]
    [InlineData("Die Wiedereröffnung ist für Mai geplant.", "ready")]
    [InlineData("Die Tonnen werden ab dem 16. November ausgeliefert.", "arrive")]
    [InlineData("Anträge nimmt das Amt bis zum 30. April entgegen.", "until")]
    public void A_sentence_names_a_kind_of_event_in_its_words_or_through_a_separable_verb(string sentence, string kind)
    {
        Assert.Contains(kind, Haltern.Assistant.Understanding.SentenceMarkers.EventKinds(sentence));
    }

    [Theory]
    [InlineData("Die Müllabfuhr holt den Sperrmüll am Montag ab.")]
    [InlineData("Die Stadt zahlt 200 Euro Zuschuss.")]
    public void A_separable_prefix_at_the_end_of_a_clause_names_no_beginning(string sentence)
    {
        Assert.DoesNotContain("begin", Haltern.Assistant.Understanding.SentenceMarkers.EventKinds(sentence));
    }

    [Theory]
    [InlineData("Anträge nimmt das Amt bis zum 30. April entgegen.")]
    [InlineData("Die Bürgermeisterin eröffnet den Markt am 27. November.")]
    public void A_deadline_or_an_opening_names_no_end(string sentence)
    {
        Assert.DoesNotContain("finish", Haltern.Assistant.Understanding.SentenceMarkers.EventKinds(sentence));
    }
}
