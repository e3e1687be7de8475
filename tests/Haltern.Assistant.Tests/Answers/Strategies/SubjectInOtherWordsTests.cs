using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The article's subject, named in its lead, is what every later sentence is about, also where the citizen writes it
/// with a slip ("Gänsefürung") or another word for it: "Die Teilnahme kostet 8 Euro" answers what the tour costs.
/// </summary>
public sealed class SubjectInOtherWordsTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-30-gaense.md",
                Title = "Wildgänse am Niederrhein",
                Teaser = "Jeden Samstag gibt es Gänseführungen in der Rheinaue.",
                Date = new DateOnly(2026, 10, 30),
                Paragraphs = ["Treffpunkt ist der Parkplatz am Deichtor. Die Teilnahme kostet 8 Euro, Kinder sind frei."],
            },
            new Article
            {
                Id = "news/2026-11-03-fest.md",
                Title = "Lichterfest im Park",
                Date = new DateOnly(2026, 11, 3),
                Paragraphs = ["Am Samstag leuchtet der Stadtpark. Der Eintritt kostet 5 Euro."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_subject_written_with_a_slip_is_still_what_the_later_sentence_is_about()
    {
        var reply = _town.Ask("Wie teuer ist die Gänsefürung?");

        Assert.Contains("8 Euro", reply.Text, StringComparison.Ordinal);
    }
}
