using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A count asked with a word for any persons or any things ("Leute", "Sachen") is answered by the count of the persons
/// or things the text names; a count of things is no count of persons, and a length of time or a price no count of
/// things. A noun of the question may stand as the adjective of the counted noun.
/// </summary>
public sealed class GeneralNounCountTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-11-05-rat.md",
                Title = "Der neue Stadtrat ist im Amt",
                Date = new DateOnly(2025, 11, 5),
                Teaser = "In seiner ersten Sitzung hat der Stadtrat die Ausschüsse besetzt.",
                Paragraphs = ["Dem Rat gehören 36 Mitglieder an, die CDU stellt 14 davon."],
            },
            new Article
            {
                Id = "news/2026-06-20-ferienspass.md",
                Title = "Ferienspaß 2026",
                Date = new DateOnly(2026, 6, 20),
                Teaser = "Das Jugendamt hat den Ferienspaß für den Sommer vorbereitet.",
                Paragraphs = ["Der Ferienspaß bietet in diesem Jahr 35 Angebote für Kinder zwischen 6 und 14 Jahren."],
            },
            new Article
            {
                Id = "news/2026-06-01-sommerkino.md",
                Title = "Sommerkino im Schlosspark",
                Date = new DateOnly(2026, 6, 1),
                Teaser = "Im Schlosspark startet wieder das Sommerkino.",
                Paragraphs = ["Das Sommerkino läuft 8 Wochen lang, der Eintritt kostet 5 Euro."],
            },
            new Article
            {
                Id = "news/2026-10-15-bauhof.md",
                Title = "Bauhof rüstet sich für den Winter",
                Date = new DateOnly(2026, 10, 15),
                Teaser = "Der Bauhof hat seine Fahrzeuge für den Winterdienst vorbereitet.",
                Paragraphs = ["Der Bauhof setzt im Winter 12 Streufahrzeuge ein."],
            },
            new Article
            {
                Id = "news/2026-04-23-loeschzug.md",
                Title = "Neues Fahrzeug für den Löschzug Nord",
                Date = new DateOnly(2026, 4, 23),
                Teaser = "Der Löschzug Nord der Freiwilligen Feuerwehr hat ein neues Löschfahrzeug.",
                Paragraphs = ["Der Leiter der Feuerwehr dankte den 44 aktiven Mitgliedern des Löschzugs."],
            },
            new Article
            {
                Id = "news/2026-01-14-tafel.md",
                Title = "Ehrenpreis für die Tafel",
                Date = new DateOnly(2026, 1, 14),
                Teaser = "Der Ehrenpreis der Stadt geht in diesem Jahr an die Tafel.",
                Paragraphs = ["Die Tafel wird von 27 ehrenamtlichen Helfern getragen."],
            },
            new Article
            {
                Id = "news/2026-03-02-spielplatz.md",
                Title = "Eltern kämpfen für den Spielplatz am Weiher",
                Date = new DateOnly(2026, 3, 2),
                Teaser = "Eltern wollen den Spielplatz am Weiher erhalten.",
                Paragraphs = ["In die Liste für den Erhalt des Spielplatzes haben sich 812 Menschen eingetragen.", "Für den Spielplatz wurden 14 Bänke gespendet."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void People_asked_for_are_counted_by_the_members_the_text_names()
    {
        var reply = _town.Ask("Wie viele Leute gehören zum Stadtrat?");

        Assert.True(reply.Answered);
        Assert.Contains("36 Mitglieder", reply.Text);
    }

    [Fact]
    public void A_count_asked_with_no_noun_before_its_verb_is_a_count_of_persons()
    {
        var persons = _town.Ask("Wie viele haben sich in die Liste für den Spielplatz eingetragen?");
        var things = _town.Ask("Wie viele haben für den Spielplatz gespendet?");

        Assert.Contains("812", persons.Text);
        Assert.DoesNotContain("14 Bänke", things.Text);
    }

    [Fact]
    public void Things_asked_for_are_counted_by_the_offers_the_text_names()
    {
        var reply = _town.Ask("Wie viele Sachen gibt es beim Ferienspaß?");

        Assert.True(reply.Answered);
        Assert.Contains("35 Angebote", reply.Text);
    }

    [Fact]
    public void A_length_of_time_or_a_price_is_no_count_of_things()
    {
        var reply = _town.Ask("Wie viele Sachen zeigt das Sommerkino?");

        Assert.DoesNotContain("8 Wochen", reply.Text);
    }

    [Fact]
    public void A_count_of_vehicles_is_no_count_of_people()
    {
        var reply = _town.Ask("Wie viele Leute arbeiten im Bauhof?");

        Assert.DoesNotContain("12 Streufahrzeuge", reply.Text);
    }

    [Fact]
    public void A_compound_of_a_general_noun_counts_the_persons_its_first_part_names()
    {
        var reply = _town.Ask("Wie viele Feuerwehrleute hat der Löschzug Nord?");

        Assert.True(reply.Answered);
        Assert.Contains("44 aktiven Mitgliedern", reply.Text);
    }

    [Fact]
    public void A_noun_of_the_question_may_stand_as_the_adjective_of_the_counted_noun()
    {
        var reply = _town.Ask("Wie viele Ehrenamtliche hat die Tafel?");

        Assert.True(reply.Answered);
        Assert.Contains("27 ehrenamtlichen Helfern", reply.Text);
    }
}
