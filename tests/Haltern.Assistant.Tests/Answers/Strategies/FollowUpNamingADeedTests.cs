using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A follow-up that names what happened by a noun of action ("Und wann war die Verleihung?") names no thing of its
/// own: it asks about the last article, though the article words the deed otherwise, not about another article that
/// writes that word.
/// </summary>
public sealed class FollowUpNamingADeedTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-12-06-ehrenamt.md",
                Title = "Ehrenamtspreis für den Tafelverein",
                Date = new DateOnly(2026, 12, 6),
                Paragraphs = ["Den Ehrenamtspreis erhielt in diesem Jahr der Tafelverein Nordstadt.", "Die Feier fand am 5. Dezember im Ratssaal statt."],
            },
            new Article
            {
                Id = "news/2026-01-10-buecherei.md",
                Title = "Rekord in der Bücherei",
                Date = new DateOnly(2026, 1, 10),
                Paragraphs = ["Bis zum 2. Januar hat die Bücherei 40.000 Medien verliehen."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_noun_of_action_in_a_follow_up_asks_about_the_last_article()
    {
        _town.Ask("Wer hat den Ehrenamtspreis bekommen?");
        var reply = _town.Ask("Und wann war die Verleihung?");

        Assert.Contains("5. Dezember", reply.Text, StringComparison.Ordinal);
    }
}
