using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A sentence answers only from an article that knows every thing the question names, and a service card gives no
/// price or date for a thing it never names: a school, a place, a name the text writes nowhere (in no form, part or
/// synonym) means it is about something else, and the honest answer is that the bot does not know. The citizen's own circumstances ("meine Tochter") and nouns of action
/// ("Renaturierung" where the text says "renaturiert") are no such thing.
/// </summary>
public sealed class ThingNotInTheArticleTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-01-20-anmeldung-gesamtschule.md",
                Title = "Anmeldung an der Gesamtschule",
                Date = new DateOnly(2026, 1, 20),
                Teaser = "Die Gesamtschule nimmt im Februar Anmeldungen für den neuen fünften Jahrgang an.",
                Paragraphs =
                [
                    "Schulleiter Bernd Beispiel lädt am Samstag, 7. Februar, zum Tag der offenen Tür ein.",
                    "Angemeldet werden kann vom 9. bis 13. Februar im Sekretariat.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-02-bahnhof.md",
                Title = "Bahnhof wird barrierefrei",
                Date = new DateOnly(2026, 3, 2),
                Teaser = "Am 4. Mai beginnt der Umbau des Bahnhofs.",
                Paragraphs = ["Die Bahnsteige werden bis September 2027 erhöht, damit Fahrgäste stufenlos einsteigen können."],
            },
            new Article
            {
                Id = "news/2026-04-10-bachlauf.md",
                Title = "Der Erlenbach wird naturnah",
                Date = new DateOnly(2026, 4, 10),
                Teaser = "Ein neues Bachbett soll bei Starkregen Wasser zurückhalten.",
                Paragraphs = ["Der Erlenbach wird ab Juli auf zwei Kilometern renaturiert; die Kosten von 1,2 Millionen Euro trägt das Land zu 80 Prozent."],
            },
        ],
        [
            new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] },
            new Service
            {
                Id = "services/hallenbad.md",
                Title = "Hallenbad am Wall",
                Phone = "0123 456-300",
                Paragraphs = ["Der Eintritt kostet für Erwachsene 4,50 Euro, für Kinder 2,50 Euro."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wann ist der Tag der offenen Tür am Gymnasium?", "7. Februar")]
    [InlineData("Wer ist Schulleiter der Realschule?", "Bernd Beispiel")]
    [InlineData("Wann fährt der nächste Zug nach Musterstadt?", "4. Mai")]
    public void A_question_naming_a_thing_the_article_never_mentions_is_not_answered_from_it(string question, string otherThingsFact)
    {
        var reply = _town.Ask(question);

        Assert.DoesNotContain(otherThingsFact, reply.Text);
        Assert.Contains("leider", reply.Text);
    }

    [Fact]
    public void A_service_card_gives_no_price_for_a_thing_it_never_names()
    {
        var reply = _town.Ask("Was kostet eine Jahreskarte fürs Hallenbad?");

        Assert.DoesNotContain("4,50", reply.Text);
        Assert.Contains("leider", reply.Text);
    }

    [Fact]
    public void A_service_card_gives_the_price_of_what_it_names()
    {
        var reply = _town.Ask("Was kostet der Eintritt im Hallenbad?");

        Assert.Contains("4,50", reply.Text);
    }

    [Fact]
    public void The_thing_named_answers_from_its_own_article()
    {
        var reply = _town.Ask("Wann ist der Tag der offenen Tür an der Gesamtschule?");

        Assert.Contains("7. Februar", reply.Text);
    }

    [Fact]
    public void A_noun_of_action_the_text_writes_as_a_verb_does_not_make_the_article_another_thing()
    {
        var reply = _town.Ask("Wer bezahlt die Renaturierung vom Erlenbach?");

        Assert.Contains("80 Prozent", reply.Text);
    }

    [Fact]
    public void The_askers_own_circumstance_after_a_possessive_is_no_thing_asked_about()
    {
        var reply = _town.Ask("Wann kann ich meine Tochter an der Gesamtschule anmelden?");

        Assert.Contains("Februar", reply.Text);
        Assert.DoesNotContain("leider", reply.Text);
    }
}
