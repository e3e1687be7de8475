using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wer leitet die Gesamtschule?", "Wer ist der Chef der Feuerwehr?" ask who leads a body: a sentence where a name
/// stands with a word of leading answers ("Schulleiterin …", "Wehrführer …", "Präsident …"), not the mayor quoted
/// about the school; where none does, the honest "weiß ich nicht".
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
}
