using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Tests.Answers;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A citizen's words meet a text that says the same with other word boundaries: a compound written as two words,
/// a compound whose middle part the citizen leaves out.
/// </summary>
public sealed class SplitCompoundTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            Article("news/2026-06-01-bad.md", "Sanierung beschlossen", "Das Hallenbad am Sportpark schließt am 14. September für die Sanierung und öffnet Ende 2027 wieder."),
            Article("news/2026-05-01-halle.md", "Neue Sporthalle", "Die Halle an der Schulstraße ist ab dem 3. März für Vereine zu."),
            Article("news/2026-04-01-wache.md", "Richtfest gefeiert", "Das neue Feuerwehrgerätehaus in Nordheide wird im Frühjahr 2027 bezogen."),
            Article("news/2026-03-01-ausweis.md", "Bürgerbüro nur mit Termin", "Personalausweise gibt es im Bürgerbüro nur noch mit Termin."),
            Article("news/2026-02-01-hund.md", "Hundesteuer", "Neue Hunde meldet man persönlich im Rathaus an."),
        ],
        []);

    public void Dispose() => _town.Dispose();

    private static Article Article(string id, string title, string text) =>
        new() { Id = id, Title = title, Date = new DateOnly(2026, 6, 1), Paragraphs = [text] };

    [Theory]
    [InlineData("Seit wann ist das Hallen Bad zu?")]
    [InlineData("Seit wann ist das Hallenbad zu?")]
    public void A_compound_written_as_two_words_meets_the_text_that_writes_it_as_one(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("14. September", reply.Text);
    }
}
