using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A German question names its topic by its nouns and says what happens with its verbs, which the text often says
/// in other words ("gebaggert" for "Arbeiten"): a verb the knowledge lacks counts for less than a noun, so the article
/// about the thing asked answers, while a thing the knowledge lacks still leaves the question unanswered.
/// </summary>
public sealed class VerbsWeighLessTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-03-17-kanal-lindenstrasse.md",
                Title = "Neuer Kanal in der Lindenstraße",
                Date = new DateOnly(2026, 3, 17),
                Teaser = "Die Stadtwerke erneuern den Abwasserkanal in der Lindenstraße.",
                Paragraphs = ["Die Arbeiten dauern rund sechs Wochen.", "Anlieger erreichen ihre Grundstücke zu Fuß."],
            },
            new Article
            {
                Id = "news/2026-05-07-freibad.md",
                Title = "Freibad öffnet",
                Date = new DateOnly(2026, 5, 7),
                Teaser = "Das Freibad öffnet am 16. Mai.",
                Paragraphs = ["Der Eintritt kostet 4 Euro."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_verb_the_knowledge_lacks_does_not_keep_the_article_about_the_thing_from_answering()
    {
        var reply = _town.Ask("Wie lange wird in der Lindenstraße gebaggert?");

        Assert.Contains("sechs Wochen", reply.Text);
    }

    [Fact]
    public void A_thing_the_knowledge_lacks_still_leaves_the_question_unanswered()
    {
        var reply = _town.Ask("Wie lange wird am Marktplatz gebaggert?");

        Assert.DoesNotContain("sechs Wochen", reply.Text);
    }
}
