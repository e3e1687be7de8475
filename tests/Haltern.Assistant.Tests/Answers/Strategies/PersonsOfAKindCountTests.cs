using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie viele Fahrer …?" asks a count of persons of a kind: another noun for persons counts them where the sentence
/// names the kind asked ("sucht Fahrerinnen und Fahrer; derzeit engagieren sich 28 Ehrenamtliche"), not where it names
/// other persons ("12 Ehrenamtliche" of the café).
/// </summary>
public sealed class PersonsOfAKindCountTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-07-buergerbus.md",
                Title = "Bürgerbus fährt elektrisch",
                Date = new DateOnly(2026, 10, 7),
                Paragraphs =
                [
                    "Der Bürgerbusverein hat ein neues, barrierefreies Fahrzeug mit acht Sitzplätzen.",
                    "Eine Fahrt kostet 1,50 Euro.",
                    "Der Verein sucht noch Fahrerinnen und Fahrer; derzeit engagieren sich 28 Ehrenamtliche.",
                ],
            },
            new Article
            {
                Id = "news/2026-11-02-cafe.md",
                Title = "Reparaturcafé öffnet",
                Date = new DateOnly(2026, 11, 2),
                Paragraphs = ["Im Reparaturcafé helfen 12 Ehrenamtliche bei kaputten Geräten. Gesucht werden noch Elektriker."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wie viele Fahrer hat der Bürgerbus?")]
    [InlineData("wie viele fahrer hat der buergerbus")]
    public void Another_noun_for_persons_counts_the_kind_asked_where_the_sentence_names_it(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("28", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_persons_in_a_sentence_that_names_another_kind_does_not()
    {
        var reply = _town.Ask("Wie viele Elektriker hat das Reparaturcafé?");

        Assert.DoesNotContain("12 Ehrenamtliche", reply.Text, StringComparison.Ordinal);
    }
}
