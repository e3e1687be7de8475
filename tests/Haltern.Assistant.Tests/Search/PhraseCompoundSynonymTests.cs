using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Tests.Answers;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// Two nouns a preposition joins ("das Loch im Haushalt") mean what the compound of them means ("Haushaltsloch"), so
/// the thesaurus' words for the compound ("Defizit") meet the phrase.
/// </summary>
public sealed class PhraseCompoundSynonymTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-12-10-haushalt.md",
                Title = "Rat beschließt den Haushalt 2027",
                Date = new DateOnly(2026, 12, 10),
                Teaser = "Der Rat hat den Haushalt 2027 mit großer Mehrheit beschlossen.",
                Paragraphs = ["Der Plan weist ein Defizit von 2,4 Millionen Euro aus, das aus der Rücklage gedeckt wird."],
            },
            new Article
            {
                Id = "news/2026-08-03-strasse.md",
                Title = "Schlagloch an der Hafenstraße",
                Date = new DateOnly(2026, 8, 3),
                Teaser = "Ein Loch in der Fahrbahn wird repariert.",
                Paragraphs = ["Die Reparatur kostet 4.000 Euro."],
            },
        ],
        [new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] }]);

    public PhraseCompoundSynonymTests()
    {
        Thesaurus.Loaded(); // read in the background at start; these questions need it
    }

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_hole_in_the_budget_is_its_deficit()
    {
        var terms = _town.Context("Wie groß ist das Loch im Haushalt 2027?").Question.Terms;

        Assert.Contains("defizit", terms.Single(t => t.Term == "loch").Synonyms);
    }

    [Fact]
    public void The_hole_in_the_budget_is_answered_by_the_deficit()
    {
        var reply = _town.Ask("Wie groß ist das Loch im Haushalt 2027?");

        Assert.True(reply.Answered);
        Assert.Contains("2,4 Millionen Euro", reply.Text);
    }
}
