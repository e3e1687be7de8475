using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Tests.Answers;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A citizen's words meet a text that says the same with other word boundaries: a compound written as two words,
/// a compound whose middle part the citizen leaves out.
/// </summary>
public sealed class SplitCompoundTests : IDisposable
{
    private readonly AssistantHarness _town = Town();

    private static AssistantHarness Town()
    {
        Thesaurus.Loaded();
        return new(
        [
            Article("news/2026-06-01-bad.md", "Sanierung beschlossen", "Das Hallenbad am Sportpark schließt am 14. September für die Sanierung und öffnet Ende 2027 wieder."),
            Article("news/2026-05-01-halle.md", "Neue Sporthalle", "Die Halle an der Schulstraße ist ab dem 3. März für Vereine zu."),
            ],
            []);
    }

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

    [Fact]
    public void A_compound_whose_middle_part_the_citizen_leaves_out_meets_the_text_that_spells_it_out()
    {
        const string text = "In der Innenstadt stehen jetzt vier Trinkwasserbrunnen.";
        using var index = Index(text);
        var term = Assert.Single(new KnowledgeSearch().Terms(index, "Trinkbrunnen", []));

        Assert.True(KnowledgeSearch.Coverage([term], index.TermsOf("test", () => text)) > 0);
    }

    [Fact]
    public void A_compound_meets_no_word_that_lacks_its_head_or_its_modifier()
    {
        using var index = Index("Der Gewerbesteuerhebesatz bleibt bei 450 Prozent, der Grundsteuerbescheid kommt im März.");
        var term = Assert.Single(new KnowledgeSearch().Terms(index, "Grundsteuerhebesatz", []));

        Assert.Equal(0, KnowledgeSearch.Coverage([term], index.TermsOf("test", () => "Der Gewerbesteuerhebesatz bleibt bei 450 Prozent, der Grundsteuerbescheid kommt im März.")));
    }

    [Fact]
    public void A_short_form_meets_its_long_form_and_not_a_word_one_letter_longer()
    {
        using var index = Index("Neue Hunde meldet man persönlich im Rathaus an.", "Personalausweise gibt es im Bürgerbüro.");
        var perso = Assert.Single(new KnowledgeSearch().Terms(index, "Perso", []));

        Assert.Equal(0, KnowledgeSearch.Coverage([perso], index.TermsOf("hund", () => "Neue Hunde meldet man persönlich im Rathaus an.")));
        Assert.True(KnowledgeSearch.Coverage([perso], index.TermsOf("ausweis", () => "Personalausweise gibt es im Bürgerbüro.")) > 0);
    }

    private static KnowledgeIndex Index(params string[] texts) =>
        KnowledgeIndex.Build(new KnowledgeSet([.. texts.Select((t, i) => Article($"news/{i}.md", "Meldung", t))], [], []));

    [Fact]
    public void A_clipped_word_meets_its_full_word()
    {
        using var town = new AssistantHarness(
            [
                Article("news/2026-04-01-juz.md", "Jugendzentrum wieder offen", "Das Jugendzentrum an der Mühlenstraße öffnet nach neun Monaten Umbau wieder."),
                Article("news/2026-03-01-rathaus.md", "Rathaus", "Wegen Umbau bleibt das Rathaus drei Wochen zu."),
            ],
            []);

        var reply = town.Ask("Wie lange war das Juze wegen Umbau zu?");

        Assert.Contains("neun Monat", reply.Text);
    }

    [Fact]
    public void The_abbreviation_of_a_street_meets_the_street()
    {
        using var index = Index("Die Kreuzung an der Uferstraße wird zu einem Kreisverkehr umgebaut.", "Die Uferwiese wird gemäht.");
        var street = Assert.Single(new KnowledgeSearch().Terms(index, "Str.", []));

        Assert.True(KnowledgeSearch.Coverage([street], index.TermsOf("kreisel", () => "Die Kreuzung an der Uferstraße wird zu einem Kreisverkehr umgebaut.")) > 0);
    }
}
