using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>A season names a part of the year as a month does: it answers "Wann …?", unless the question names it itself.</summary>
public sealed class SeasonsAsTimesTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-05-06-wache.md", Title = "Spatenstich für die Feuerwache Vennhorst", Date = new DateOnly(2026, 5, 6),
                Paragraphs =
                [
                    "Am Montag, 4. Mai 2026, haben Bürgermeisterin und Wehrleiter den Bau der Feuerwache Vennhorst begonnen. "
                    + "Das Gebäude ersetzt das alte Gerätehaus an der Dorfstraße. Die Fertigstellung ist für den Herbst geplant.",
                ],
            },
            new Article
            {
                Id = "news/2026-09-15-termine.md", Title = "Bürgerbüro vergibt Termine online", Date = new DateOnly(2026, 9, 15),
                Paragraphs = ["Das Bürgerbüro vergibt Termine ab Oktober online. Die Wartezeiten am Freibad und im Bürgerbüro betrugen im Sommer oft eine Stunde."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void When_it_will_be_finished_after_an_article_is_the_sentence_with_the_season_it_is_finished_in()
    {
        _town.Ask("Erzähl mir was über die Feuerwache Vennhorst");

        var reply = _town.Ask("Und wann ist das fertig?");

        Assert.Contains("Herbst", reply.Text);
        Assert.DoesNotContain("4. Mai", reply.Text);
    }

    [Fact]
    public void A_season_the_question_names_itself_is_no_answer_to_when()
    {
        var reply = _town.Ask("Wann macht das Freibad im Sommer auf?");

        Assert.DoesNotContain("Wartezeiten", reply.Text);
        Assert.Contains("leider", reply.Text);
    }
}
