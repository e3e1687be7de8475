using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Warum …?", "Woher kommt das Geld …?" and "Wie melde ich … an?" answered from the article's sentence that gives the
/// reason, the source or the way, where another sentence of it names the topic better; and the honest "weiß ich
/// nicht" where the article says none.
/// </summary>
public sealed class WhyAndHowAnswerTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-05-04-geraetehaus-nordheim.md",
                Title = "Neues Gerätehaus für die Löschgruppe Nordheim",
                Date = new DateOnly(2026, 5, 4),
                Teaser = "Die Löschgruppe Nordheim bekommt ein neues Gerätehaus an der Feldstraße.",
                Paragraphs =
                [
                    "Der Bau des neuen Gerätehauses für die Löschgruppe Nordheim beginnt im März 2027.",
                    "Das alte Gerätehaus aus dem Jahr 1971 ist zu klein für die heutigen Fahrzeuge.",
                    "Die Baukosten liegen bei 2,4 Millionen Euro.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-10-lastenrad-zuschuss.md",
                Title = "Zuschuss für Lastenräder",
                Date = new DateOnly(2026, 3, 10),
                Teaser = "Wer ein Lastenrad kauft, bekommt von der Stadt einen Zuschuss von 500 Euro.",
                Paragraphs =
                [
                    "Den Zuschuss für Lastenräder gibt es ab dem 1. April.",
                    "Das Geld stammt aus dem Klimafonds der Stadtwerke.",
                    "Anträge stellt man über das Förderportal auf der Internetseite der Stadt.",
                ],
            },
            new Article
            {
                Id = "news/2026-04-02-dachgaerten.md",
                Title = "Stadt fördert grüne Dächer",
                Date = new DateOnly(2026, 4, 2),
                Teaser = "Wer sein Garagendach begrünt, erhält von der Stadt 25 Euro je Quadratmeter, höchstens 1.000 Euro je Haushalt.",
                Paragraphs =
                [
                    "Das Geld, insgesamt 40.000 Euro, kommt aus dem Regionalbudget des Kreises.",
                    "Anträge nimmt das Umweltamt entgegen.",
                ],
            },
            new Article
            {
                Id = "news/2026-01-20-sperrmuell.md",
                Title = "Sperrmüll: Postkarten entfallen",
                Date = new DateOnly(2026, 1, 20),
                Teaser = "Zwei Abholungen im Jahr bleiben kostenlos.",
                Paragraphs =
                [
                    "Ab dem 1. Februar können Bürgerinnen und Bürger ihren Sperrmüll anmelden, ohne eine Postkarte zu schicken.",
                    "Das geht über ein Formular auf der Internetseite der Stadt.",
                ],
            },
            new Article
            {
                Id = "news/2026-08-03-kita-sonnenhof.md",
                Title = "Kita Sonnenhof eröffnet",
                Date = new DateOnly(2026, 8, 3),
                Teaser = "Die Kita Sonnenhof hat im Ortsteil Süd eröffnet.",
                Paragraphs =
                [
                    "Die Kita Sonnenhof bietet 60 Plätze in drei Gruppen.",
                    "Leiterin ist Maria Brandt.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-19-fruehjahrsputz.md",
                Title = "Frühjahrsputz am 18. April",
                Date = new DateOnly(2026, 3, 19),
                Teaser = "Vereine und Nachbarschaften sind zum stadtweiten Müllsammeln eingeladen.",
                Paragraphs =
                [
                    "Am Samstag, 18. April, sammeln alle gemeinsam Müll an Straßenrändern und in Parks.",
                    "Im vergangenen Jahr kamen 4,2 Tonnen zusammen.",
                    "Zum Abschluss gibt es Suppe am Rathaus.",
                    "Die Stadt dankt allen Helferinnen und Helfern.",
                    "Gruppen melden sich bis zum 10. April beim Bürgerbüro an.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Phone = "02345 100-100",
                Paragraphs =
                [
                    "Das Bürgerbüro im Rathaus ist die erste Anlaufstelle für An-, Um- und Abmeldungen. Es stellt Meldebescheinigungen und Führungszeugnisse aus. Ausweise werden nach Terminvereinbarung bearbeitet.",
                    "Nach einem Umzug melden Sie sich innerhalb von zwei Wochen im Bürgerbüro an. Mitzubringen sind der Ausweis und die Wohnungsgeberbestätigung des Vermieters.",
                ],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_why_question_is_answered_by_the_defect_the_article_states()
    {
        var reply = _town.Ask("Wieso braucht die Löschgruppe Nordheim überhaupt ein neues Gerätehaus?");

        Assert.Contains("zu klein", reply.Text);
    }

    [Fact]
    public void Where_the_money_for_a_subsidy_comes_from_is_its_source_not_the_subsidy()
    {
        var reply = _town.Ask("Woher kommt das Geld für den Zuschuss für Lastenräder?");

        Assert.Contains("Klimafonds", reply.Text);
    }

    [Fact]
    public void Where_the_money_comes_from_is_the_sentence_that_names_the_source_not_the_one_that_says_what_is_given()
    {
        var reply = _town.Ask("Woher kommt das Geld für die Förderung grüner Dächer?");

        Assert.Contains("Regionalbudget", reply.Text);
    }

    [Fact]
    public void Who_pays_is_the_source_not_a_sum_per_household()
    {
        var reply = _town.Ask("Wer bezahlt die grünen Dächer?");

        Assert.Contains("Regionalbudget", reply.Text);
    }

    [Fact]
    public void How_to_apply_is_answered_by_the_sentence_that_says_how_not_the_one_that_says_it_can_be_done()
    {
        var reply = _town.Ask("Wie beantrage ich den Zuschuss für ein Lastenrad?");

        Assert.Contains("Förderportal", reply.Text);
    }

    [Fact]
    public void How_to_register_is_answered_by_the_next_sentence_that_names_the_way()
    {
        var reply = _town.Ask("Wie melde ich Sperrmüll an?");

        Assert.Contains("Formular", reply.Text);
    }

    [Fact]
    public void How_to_register_where_the_article_says_no_way_is_not_known()
    {
        var reply = _town.Ask("Wie melde ich mein Kind für die Kita Sonnenhof an?");

        Assert.Contains("leider", reply.Text);
        Assert.DoesNotContain("60 Plätze", reply.Text);
    }

    [Fact]
    public void How_to_join_is_answered_by_the_sentence_on_the_subject_its_lead_names()
    {
        var reply = _town.Ask("Wie kann ich mit meinem Verein beim Müllsammeln mitmachen?");

        Assert.Contains("10. April", reply.Text);
    }

    [Fact]
    public void What_to_bring_to_an_office_is_answered_with_its_sentence_that_says_it()
    {
        var reply = _town.Ask("Was muss ich zum Ummelden mitbringen?");

        Assert.Contains("Wohnungsgeberbestätigung", reply.Text);
    }
}
