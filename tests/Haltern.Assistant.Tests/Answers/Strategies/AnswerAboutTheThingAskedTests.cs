using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A sentence answers a count or a date only where its number counts the thing asked and its date stands with the
/// event asked, not where another number or another event's date stands in a sentence on the same topic.
/// </summary>
public sealed class AnswerAboutTheThingAskedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-08-13-kita.md",
                Title = "Kita Sonnenhof eröffnet",
                Date = new DateOnly(2026, 8, 13),
                Teaser = "Nach 16 Monaten Bauzeit ist die neue Kita Sonnenhof in Betrieb gegangen.",
                Paragraphs =
                [
                    "Zum Start besuchen 85 Kinder die Einrichtung, bis zum Jahresende sollen alle 110 Plätze belegt sein.",
                    "Leiterin der Kita ist Frau Sandra Beispiel.",
                ],
            },
            new Article
            {
                Id = "news/2026-10-22-haushaltsentwurf.md",
                Title = "Kämmerer bringt Haushaltsentwurf 2027 ein",
                Date = new DateOnly(2026, 10, 22),
                Paragraphs =
                [
                    "Der Kämmerer hat in der Ratssitzung am Mittwoch den Entwurf für den Haushalt 2027 eingebracht.",
                    "Beschlossen werden soll der Haushalt in der Ratssitzung am 16. Dezember.",
                ],
            },
            new Article
            {
                Id = "news/2025-02-13-haushalt.md",
                Title = "Rat verabschiedet Haushalt 2025",
                Date = new DateOnly(2025, 2, 13),
                Paragraphs = ["Der Rat hat am Mittwochabend den Haushalt für das Jahr 2025 beschlossen."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_count_is_answered_by_the_number_that_counts_the_thing_asked()
    {
        var reply = _town.Ask("Wie viele Kitaplätze hat der Sonnenhof?");

        Assert.Contains("110 Plätze", reply.Text);
        Assert.DoesNotContain("16 Monaten", reply.Text);
    }

    [Fact]
    public void A_count_of_something_else_on_the_topic_is_no_answer()
    {
        var reply = _town.Ask("Wie viele Erzieherinnen arbeiten in der Kita Sonnenhof?");

        Assert.False(reply.Answered);
        Assert.DoesNotContain("110", reply.Text);
    }

    [Fact]
    public void A_date_question_is_answered_where_the_date_stands_with_the_event_asked()
    {
        var reply = _town.Ask("Wann wird der Haushalt 2027 beschlossen?");

        Assert.Contains("16. Dezember", reply.Text);
    }
}
