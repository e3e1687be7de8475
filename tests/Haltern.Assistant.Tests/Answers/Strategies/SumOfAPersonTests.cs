using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Was verdient der Bürgermeister?" asks a sum of money a person earns: a sentence where the mayor hands over a
/// prize or names a project's cost holds another thing's sum, and the honest "weiß ich nicht" answers; a sentence that
/// says what the person earns in the question's word answers.
/// </summary>
public sealed class SumOfAPersonTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2027-01-13-ehrenamtspreis.md",
                Title = "Ehrenamtspreis für die Tafel",
                Date = new DateOnly(2027, 1, 13),
                Paragraphs =
                [
                    "Bürgermeisterin Claudia Terhorst überreichte den mit 2.000 Euro dotierten Preis an das Team der Tafel.",
                    "Die Tafel versorgt jede Woche 180 Haushalte.",
                ],
            },
            new Article
            {
                Id = "news/2026-11-02-kaemmerer.md",
                Title = "Neuer Kämmerer gewählt",
                Date = new DateOnly(2026, 11, 2),
                Paragraphs = ["Der Rat hat Jens Albers zum Kämmerer gewählt. Der Kämmerer verdient nach Besoldungsgruppe B2 rund 8.400 Euro im Monat."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Was verdient die Bürgermeisterin?")]
    [InlineData("How much does the mayor earn?")]
    public void A_sum_the_person_hands_over_is_not_what_she_earns(string question)
    {
        var reply = _town.Ask(question);

        Assert.DoesNotContain("2.000", reply.Text, StringComparison.Ordinal);
        Assert.Contains(question.StartsWith("How", StringComparison.Ordinal) ? "don't know" : "leider", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_says_what_the_person_earns_answers()
    {
        var reply = _town.Ask("Was verdient der Kämmerer?");

        Assert.Contains("8.400 Euro", reply.Text, StringComparison.Ordinal);
    }
}
