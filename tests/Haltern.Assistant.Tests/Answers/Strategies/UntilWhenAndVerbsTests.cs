using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie lange …?" is answered by a length ("elf Monate") and, where the article gives none, by until when it lasts
/// ("bis voraussichtlich Ende Mai"); until when a registration runs by its end, not by the way to register; a count of years before "alt" is an age, no length; and the verbs of a message
/// written all in lower case weigh as those of one with capitals.
/// </summary>
public sealed class UntilWhenAndVerbsTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-02-03-kreisstrasse.md",
                Title = "Kreisstraße K 7 wird erneuert",
                Date = new DateOnly(2026, 2, 3),
                Teaser = "Vollsperrung zwischen Oberdorf und Niederdorf.",
                Paragraphs =
                [
                    "Der Kreis erneuert ab dem 2. März die Fahrbahn der K 7 zwischen Oberdorf und Niederdorf.",
                    "Die Strecke ist bis voraussichtlich Ende Mai voll gesperrt; die Umleitung führt über Mittelbach.",
                    "Die Kosten von 1,1 Millionen Euro trägt der Kreis.",
                ],
            },
            new Article
            {
                Id = "news/2026-03-10-stadthalle.md",
                Title = "Sanierung der Stadthalle",
                Date = new DateOnly(2026, 3, 10),
                Teaser = "Die Stadthalle an der Hügelstraße wird saniert.",
                Paragraphs =
                [
                    "Die 90 Jahre alten Stahlträger der Stadthalle werden ersetzt.",
                    "Die Arbeiten dauern elf Monate.",
                    "Der Förderverein Stadthalle begründet die Sanierung mit Rost an den Trägern.",
                ],
            },
            new Article
            {
                Id = "news/2026-10-14-kita-anmeldung.md",
                Title = "Kita-Anmeldung für das Kindergartenjahr 2027/28",
                Date = new DateOnly(2026, 10, 14),
                Teaser = "Eltern melden ihr Kind vom 2. November bis 15. Dezember online an.",
                Paragraphs =
                [
                    "Die Anmeldung läuft ausschließlich online über den Kita-Navigator auf der Seite der Stadt; dort können bis zu drei Wunsch-Kitas angegeben werden.",
                    "In der Stadt gibt es elf Kitas mit zusammen 890 Plätzen.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_long_is_answered_by_until_when_where_no_length_is_given()
    {
        var reply = _town.Ask("Wie lange ist die K 7 noch gesperrt?");

        Assert.Contains("Ende Mai", reply.Text);
    }

    [Fact]
    public void Until_when_a_registration_runs_is_answered_by_its_end_not_by_the_way_to_register()
    {
        var reply = _town.Ask("bis wann läuft die kita anmeldung");

        Assert.Contains("15. Dezember", reply.Text);
    }

    [Fact]
    public void A_length_answers_before_an_age()
    {
        var reply = _town.Ask("Wie lange dauert die Sanierung der Stadthalle?");

        Assert.Contains("elf Monate", reply.Text);
    }

    [Fact]
    public void Until_when_is_said_after_a_hedge_an_article_or_a_day()
    {
        Assert.True(SentenceMarkers.SaysUntilWhen("Die Strecke ist bis voraussichtlich Ende Mai gesperrt."));
        Assert.True(SentenceMarkers.SaysUntilWhen("Bewerbungen sind bis zum 3. Oktober möglich."));
        Assert.True(SentenceMarkers.SaysUntilWhen("Die Halle bleibt bis zu den Sommerferien zu."));
        Assert.False(SentenceMarkers.SaysUntilWhen("Der Markt ist bis 18 Uhr geöffnet."));
        Assert.False(SentenceMarkers.SaysUntilWhen("Die Umleitung führt bis zur Kreuzung."));
    }

    [Fact]
    public void Verbs_of_a_message_in_lower_case_weigh_as_those_of_one_with_capitals()
    {
        var reply = _town.Ask("wie lange wird an der stadthalle gebaut?");

        Assert.Contains("elf Monate", reply.Text);
    }
}
