using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A topic an office and an article cover alike ("Stadtführungen") is answered with the office's card; a follow-up
/// asking what the office's text does not say ("Was kostet das?") is asked of the article that covered it too.
/// </summary>
public sealed class ArticleBesideServiceTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-04-02-stadtfuehrungen.md",
                Title = "Stadtführungen starten wieder",
                Date = new DateOnly(2026, 4, 2),
                Teaser = "Ab April gibt es wieder jeden Sonntag Stadtführungen durch die Altstadt.",
                Paragraphs =
                [
                    "Die Stadtführungen beginnen um 14 Uhr am Marktbrunnen.",
                    "Eine Teilnahme kostet 6 Euro, Kinder zahlen 3 Euro.",
                ],
            },
        ],
        [
            new Service
            {
                Id = "services/tourist-info.md",
                Title = "Tourist-Info",
                Phone = "01234 55-0",
                Paragraphs = ["Die Tourist-Info berät zu Unterkünften, Radtouren und Stadtführungen."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void What_the_office_does_not_say_is_asked_of_the_article_that_covered_the_topic_too()
    {
        var first = _town.Ask("Stadtführungen");
        var reply = _town.Ask("Was kostet das?");

        Assert.Contains("Tourist-Info", first.Text);
        Assert.Contains("6 Euro", reply.Text);
    }
}
