using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wer war vorher Bürgermeister?" asks for the one before the holder now: the office's page names the holder, the
/// article about the election the predecessor ("folgt auf …"). Asked for the holder, the page still answers.
/// </summary>
public sealed class PredecessorTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2025-11-04-vereidigung.md",
                Title = "Neue Bürgermeisterin vereidigt",
                Date = new DateOnly(2025, 11, 4),
                Teaser = "Erika Muster ist die neue Bürgermeisterin der Stadt.",
                Paragraphs =
                [
                    "Der Rat hat die neue Bürgermeisterin am 3. November vereidigt.",
                    "Sie folgt auf Hans Beispiel, der nach 16 Jahren im Amt nicht mehr angetreten war.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/buergermeisterin.md",
                Title = "Sprechstunde der Bürgermeisterin",
                Person = "Erika Muster",
                Role = "Bürgermeisterin",
                Paragraphs = ["Die Bürgermeisterin lädt jeden Montag zur Sprechstunde ein."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer war vorher Bürgermeister?")]
    [InlineData("Wer war vor Frau Muster Bürgermeister?")]
    [InlineData("Who was the previous mayor?")]
    public void The_one_before_the_holder_is_named_from_the_article(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("Hans Beispiel", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_holder_now_is_the_offices_person()
    {
        var reply = _town.Ask("Wer ist Bürgermeisterin?");

        Assert.Contains("Erika Muster", reply.Text, StringComparison.Ordinal);
    }
}
