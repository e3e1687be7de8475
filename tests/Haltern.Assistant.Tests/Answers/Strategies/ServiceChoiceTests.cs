using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// When a service answers and when it does not: its hours for a question that names it and a day, its text only
/// where a sentence holds the amount or count asked about the thing asked, and no office that meets the question
/// only in a word of its text.
/// </summary>
public sealed class ServiceChoiceTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-03-buecherei-terminals.md",
                Title = "Stadtbücherei stellt auf Selbstverbuchung um",
                Date = new DateOnly(2026, 11, 3),
                Paragraphs =
                [
                    "Alle Medien erhalten Funketiketten, weshalb die Bücherei vom 23. März bis 4. April geschlossen bleibt.",
                    "Die Anschaffung der Terminals kostet 68.000 Euro.",
                ],
            },
            new Article
            {
                Id = "news/2026-11-12-steuern.md",
                Title = "Rat beschließt Steuersätze",
                Date = new DateOnly(2026, 11, 12),
                Paragraphs =
                [
                    "Der Hebesatz der Grundsteuer B steigt auf 640 Prozent.",
                    "In der Stadt sind derzeit 3.412 Hunde gemeldet.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/buecherei.md",
                Title = "Stadtbücherei",
                Keywords = ["Bibliothek", "Ausleihe"],
                Hours = Hours("Di 10:00-13:00, 14:00-18:00", "Sa 10:00-13:00"),
                Paragraphs = ["Die Stadtbücherei verleiht Bücher, Zeitschriften und Spiele. Die Leihfrist beträgt vier Wochen."],
            },
            new Service
            {
                Id = "services/freibad.md",
                Title = "Freibad",
                Keywords = ["Schwimmbad"],
                Hours = Hours("Mo-So 07:00-19:00"),
                Paragraphs = ["Das Freibad hat ein Sportbecken mit sechs Bahnen. Der Eintritt kostet für Erwachsene 4 Euro, für Kinder 2 Euro."],
            },
            new Service
            {
                Id = "services/steueramt.md",
                Title = "Steueramt",
                Keywords = ["Hundesteuer", "Grundsteuer"],
                Phone = "0123 456-300",
                Hours = Hours("Mo-Fr 08:00-12:00"),
                Paragraphs = ["Das Steueramt erhebt die Grundsteuer und die Hundesteuer. Einen neuen Hund melden Sie innerhalb von zwei Wochen an."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    private static WeeklyHours Hours(params string[] entries)
    {
        var lines = entries.Select(HoursParser.Parse).ToArray();
        return new WeeklyHours(lines.SelectMany(l => l.Slots), lines.SelectMany(l => l.Notes));
    }

    [Fact]
    public void A_day_asked_of_a_service_the_question_names_alone_is_answered_with_its_hours_not_an_article_naming_it()
    {
        var reply = _town.Ask("Hat die Bücherei am Samstag auf?");

        Assert.Equal("hours", _town.Chosen("Hat die Bücherei am Samstag auf?").Strategy);
        Assert.Contains("10:00–13:00", reply.Text);
        Assert.DoesNotContain("Funketiketten", reply.Text);
    }

    [Fact]
    public void A_day_a_service_is_closed_is_answered_no_even_where_it_is_named_alone()
    {
        var reply = _town.Ask("Hat die Bücherei am Montag auf?");

        Assert.Equal("hours", _town.Chosen("Hat die Bücherei am Montag auf?").Strategy);
        Assert.DoesNotMatch(@"(?m)^\s*Ja\b", reply.Text);
        Assert.Contains("Nein", reply.Text);
    }

    [Fact]
    public void Now_beside_an_amount_asks_for_the_amount_as_it_is_not_whether_an_office_is_open()
    {
        var reply = _town.Ask("Wie hoch ist die Grundsteuer jetzt?");

        Assert.NotEqual("hours", _town.Chosen("Wie hoch ist die Grundsteuer jetzt?").Strategy);
        Assert.Contains("640", reply.Text);
    }

    [Fact]
    public void A_count_a_service_text_holds_only_of_something_else_leaves_the_service_out()
    {
        var reply = _town.Ask("Wie viele Hunde gibt es in der Stadt?");

        Assert.DoesNotContain("**Steueramt**", reply.Text);
        Assert.Contains("3.412", reply.Text);
    }

    [Fact]
    public void A_price_a_service_text_holds_of_the_thing_asked_is_answered_by_the_service()
    {
        var reply = _town.Ask("Was kostet der Eintritt im Freibad?");

        Assert.Equal("service", _town.Chosen("Was kostet der Eintritt im Freibad?").Strategy);
        Assert.Contains("4 Euro", reply.Text);
    }

    [Fact]
    public void A_price_of_a_thing_no_service_names_is_not_answered_with_an_office_whose_prices_share_a_word()
    {
        var reply = _town.Ask("Was kostet ein Jahresausweis für Erwachsene?");

        Assert.DoesNotContain("**Freibad**", reply.Text);
        Assert.DoesNotContain("4 Euro", reply.Text);
        Assert.Contains("weiß ich leider nicht", reply.Text);
    }
}
