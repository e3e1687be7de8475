using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// An amount or a count in an article is about the subject its title and lead sentence name, though the sentence
/// that holds it does not repeat them; a word the citizen writes for what happens that the article words otherwise
/// is no thing the number must name. A thing the article names elsewhere, or the town's own name, is no subject.
/// </summary>
public sealed class NumberAboutTheSubjectTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-05-22-sportanlage.md",
                Title = "Sportanlage wird umgebaut",
                Date = new DateOnly(2025, 5, 22),
                Teaser = "Der Tennenplatz am Mühlenteich wird ein Kunstrasenplatz.",
                Paragraphs =
                [
                    "Das hat der Sportausschuss am Dienstag einstimmig beschlossen.",
                    "Neben dem neuen Spielfeld entstehen eine Flutlichtanlage und ein Ballfangzaun.",
                    "Die Gesamtkosten liegen bei rund 1,2 Millionen Euro.",
                ],
            },
            new Article
            {
                Id = "news/2025-10-09-buergerbus.md",
                Title = "Zweite Linie für den Bürgerbus",
                Date = new DateOnly(2025, 10, 9),
                Teaser = "Der Bürgerbus in Musterstadt fährt ab November auf einer zweiten Linie.",
                Paragraphs = ["Das neue Fahrzeug hat 92.000 Euro gekostet, davon hat das Land 65.000 Euro als Zuschuss übernommen."],
            },
            new Article
            {
                Id = "news/2025-10-21-waermeplanung.md",
                Title = "Wärmeplanung beginnt",
                Date = new DateOnly(2025, 10, 21),
                Teaser = "In Musterstadt untersucht ein Ingenieurbüro, wo Wärmenetze möglich sind.",
                Paragraphs = ["Verlangt wird der Plan von Gemeinden unter 100.000 Einwohnern bis zum Jahr 2028."],
            },
            new Article
            {
                Id = "news/2026-02-12-haushalt.md",
                Title = "Rat beschließt den Haushalt 2026",
                Date = new DateOnly(2026, 2, 12),
                Teaser = "Der Rat hat den Haushalt 2026 mit großer Mehrheit beschlossen.",
                Paragraphs = ["Im Ergebnisplan steht ein Minus von 3,2 Millionen Euro."],
            },
            new Article
            {
                Id = "news/2020-06-09-schulen.md",
                Title = "Schulen werden digital",
                Date = new DateOnly(2020, 6, 9),
                Teaser = "Der Schulausschuss in Musterstadt hat den Medienentwicklungsplan beschlossen.",
                Paragraphs =
                [
                    "Für fast 950.000 Euro beginnen bald die ersten Arbeiten.",
                    "Das WLAN wird in allen Klassenzimmern ausgebaut.",
                    "Dazu kommen neue Server für jede Schule.",
                ],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void An_amount_later_in_the_article_is_about_the_thing_its_lead_names()
    {
        var reply = _town.Ask("Was kostet der Kunstrasenplatz am Mühlenteich?");

        Assert.True(reply.Answered);
        Assert.Contains("1,2 Millionen Euro", reply.Text);
    }

    [Fact]
    public void An_adjective_half_the_articles_hold_need_not_stand_with_the_amount()
    {
        var reply = _town.Ask("Was kostet der neue Kunstrasenplatz am Mühlenteich?");

        Assert.True(reply.Answered);
        Assert.Contains("1,2 Millionen Euro", reply.Text);
    }

    [Fact]
    public void A_verb_the_article_writes_otherwise_need_not_stand_with_the_amount()
    {
        var reply = _town.Ask("Wie viel Geld hat das Land für den Bürgerbus dazugegeben?");

        Assert.True(reply.Answered);
        Assert.Contains("65.000 Euro", reply.Text);
    }

    [Fact]
    public void How_big_a_sum_of_money_is_is_answered_by_the_sum()
    {
        var reply = _town.Ask("Wie groß ist das Minus im Haushalt 2026?");

        Assert.True(reply.Answered);
        Assert.Contains("3,2 Millionen Euro", reply.Text);
    }

    [Fact]
    public void A_thing_the_article_names_elsewhere_is_not_priced_by_its_total()
    {
        var reply = _town.Ask("Wie viel kostet ein Server?");

        Assert.False(reply.Answered);
        Assert.DoesNotContain("950.000", reply.Text);
    }

    [Fact]
    public void The_towns_name_in_a_lead_makes_no_count_about_the_town()
    {
        var reply = _town.Ask("Wie viele Einwohner hat Musterstadt?");

        Assert.False(reply.Answered);
        Assert.DoesNotContain("100.000", reply.Text);
    }
}
