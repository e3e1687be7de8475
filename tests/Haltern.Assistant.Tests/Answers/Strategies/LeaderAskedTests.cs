using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wer leitet die Gesamtschule?", "Wer ist der Chef der Feuerwehr?" ask who leads a body: a sentence where a name
/// stands with a word of leading answers ("Schulleiterin …", "Wehrführer …", "Präsident …"), not the mayor quoted
/// about the school, nor the leader of another thing ("Fachbereichsleiter Planen und Bauen" quoted about it); where
/// none does, the honest "weiß ich nicht".
/// </summary>
public sealed class LeaderAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-08-19-mensa.md",
                Title = "Neue Mensa der Gesamtschule",
                Date = new DateOnly(2026, 8, 19),
                Paragraphs =
                [
                    "Die Gesamtschule hat ihre neue Mensa in Betrieb genommen. \u201EDamit essen alle Kinder warm\u201C, sagte Bürgermeister Markus Brenig.",
                ],
            },
            new Article
            {
                Id = "news/2026-05-26-drehleiter.md",
                Title = "Neue Drehleiter für die Feuerwehr",
                Date = new DateOnly(2026, 5, 26),
                Paragraphs =
                [
                    "Die Freiwillige Feuerwehr hat eine neue Drehleiter in Dienst gestellt. Bürgermeister Markus Brenig übergab den Schlüssel an Wehrführer Jan Kötter.",
                ],
            },
            new Article
            {
                Id = "news/2026-09-16-fernwaerme.md",
                Title = "Fernwärme aus Grubenwasser",
                Date = new DateOnly(2026, 9, 16),
                Paragraphs =
                [
                    "Die Stadtwerke wollen die Wärme aus dem Grubenwasser nutzen. Anmelden kann man sich im Kundencenter der Stadtwerke, sagte Geschäftsführer Tim Brinkhoff.",
                ],
            },
            new Article
            {
                Id = "news/2026-09-02-radweg.md",
                Title = "Radweg zur Realschule",
                Date = new DateOnly(2026, 9, 2),
                Paragraphs =
                [
                    "Der neue Radweg führt vom Ortsteil Heide bis zur Realschule. \u201EDamit kommen die Kinder sicher zur Realschule\u201C, sagt Jens Overmeyer, Fachbereichsleiter Planen und Bauen.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Who_leads_a_school_is_not_the_mayor_quoted_about_it()
    {
        var reply = _town.Ask("Wer leitet die Gesamtschule?");

        Assert.DoesNotContain("Brenig", reply.Text, StringComparison.Ordinal);
        Assert.Contains("leider", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chief_of_the_fire_brigade_is_the_name_with_a_word_of_leading()
    {
        var reply = _town.Ask("Wer ist der Chef von der Feuerwehr?");

        Assert.Contains("Jan Kötter", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leader_of_another_thing_does_not_lead_the_one_asked()
    {
        var reply = _town.Ask("Wer leitet die Realschule?");

        Assert.DoesNotContain("Overmeyer", reply.Text, StringComparison.Ordinal);
        Assert.Contains("leider", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_the_dictionary_holds_whole_leads_the_thing_it_stands_with()
    {
        var reply = _town.Ask("Wer ist der Chef der Stadtwerke?");

        Assert.Contains("Brinkhoff", reply.Text, StringComparison.Ordinal);
    }
}
