using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Warum …?", "Wo kommt das Geld … her?", "Wer betreibt …?", "Was hat … gekostet?": the sentence that holds the kind
/// of answer asked for, in the words a town writes it (a reason's noun, where money comes from, the body that runs it).
/// </summary>
public sealed class ReasonAndSourceAnswerTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-08-01-kita-am-bach.md",
                Title = "Kita am Bach eröffnet",
                Date = new DateOnly(2026, 8, 1),
                Teaser = "Die Kita am Bach hat im Ortsteil Nord eröffnet.",
                Paragraphs =
                [
                    "Die Kita am Bach bietet 80 Plätze in vier Gruppen.",
                    "Hintergrund ist der Rechtsanspruch auf einen Betreuungsplatz für Kinder ab einem Jahr.",
                    "Die Baukosten lagen bei 2,6 Millionen Euro; 1,5 Millionen Euro davon kamen aus dem Landesprogramm zum Kita-Ausbau.",
                    "Träger ist der Caritasverband, die Leitung hat Anna Winter übernommen.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_why_question_is_answered_by_the_sentence_that_names_the_background()
    {
        var reply = _town.Ask("Warum hat die Stadt die Kita am Bach gebaut?");

        Assert.Contains("Rechtsanspruch", reply.Text);
    }

    [Fact]
    public void Where_the_money_comes_from_asked_with_a_split_woher_is_answered_by_its_source()
    {
        var reply = _town.Ask("Wo kommt das Geld für die Kita am Bach her?");

        Assert.Contains("Landesprogramm", reply.Text);
    }

    [Fact]
    public void Who_runs_an_institution_is_answered_by_its_body()
    {
        var reply = _town.Ask("Wer betreibt die Kita am Bach?");

        Assert.Contains("Caritasverband", reply.Text);
    }

    [Fact]
    public void What_something_cost_is_answered_by_its_amount()
    {
        var reply = _town.Ask("Was hat die Kita am Bach gekostet?");

        Assert.Contains("2,6 Millionen Euro", reply.Text);
    }
}
