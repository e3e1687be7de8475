using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// The noun a "Wie viele …?" counts may be a word that elsewhere asks for a place ("In wie vielen Straßen …?"): the
/// sentence that counts it answers.
/// </summary>
public sealed class CountedNounAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-11-16-laub.md",
                Title = "Laubsammlung startet",
                Date = new DateOnly(2026, 11, 16),
                Paragraphs =
                [
                    "Der Betriebshof sammelt wieder das Laub der Straßenbäume ein. Zusätzlich stellt er an 42 Straßen große Laubkörbe auf. "
                    + "Die Kosten von rund 38.000 Euro werden über die Gebühren finanziert.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("In wie vielen Straßen gibt es die großen Laubkörbe?")]
    [InlineData("in wie vielen strassen stehen laubkörbe")]
    public void A_count_of_streets_answers_in_how_many_streets(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("42 Straßen", reply.Text, StringComparison.Ordinal);
    }
}
