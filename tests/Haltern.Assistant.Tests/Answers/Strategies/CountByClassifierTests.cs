using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A text counts installations and items by a word for any of them ("das reicht für 75 Anlagen"): where the article's
/// title or lead names the thing asked, that count answers "Wie viele …?"; where it names another thing, it does not.
/// </summary>
public sealed class CountByClassifierTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-03-24-waermepumpen.md",
                Title = "Stadt fördert Wärmepumpen mit 1.000 Euro",
                Date = new DateOnly(2026, 3, 24),
                Teaser = "Wer eine Wärmepumpe einbaut, erhält einen Zuschuss der Stadt.",
                Paragraphs = ["Insgesamt stehen 75.000 Euro zur Verfügung, das reicht für 75 Anlagen."],
            },
            new Article
            {
                Id = "news/2026-05-12-sporthalle.md",
                Title = "Sporthalle wird neu ausgestattet",
                Date = new DateOnly(2026, 5, 12),
                Teaser = "Die Sporthalle an der Schulstraße bekommt 30 neue Geräte.",
                Paragraphs = ["Die Arbeiten dauern bis zu den Sommerferien."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_count_of_installations_answers_for_the_thing_its_article_is_about()
    {
        var reply = _town.Ask("Wie viele Wärmepumpen werden gefördert?");

        Assert.Contains("75 Anlagen", reply.Text);
    }

    [Fact]
    public void A_count_of_items_does_not_answer_for_a_thing_its_article_does_not_name()
    {
        var reply = _town.Ask("Wie viele Laufbänder bekommt die Sporthalle?");

        Assert.DoesNotContain("30 neue Geräte", reply.Text);
    }
}
