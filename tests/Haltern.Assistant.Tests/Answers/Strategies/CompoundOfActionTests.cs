using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// A question's compound whose head names what is done ("Brückensanierung", "Müllabfuhr") and that no text holds is met
/// by its first part, the thing it is done to; a compound whose head names another thing ("Skilift" beside a
/// "Skiclub") is not.
/// </summary>
public sealed class CompoundOfActionTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-02-bruecke.md",
                Title = "Brücke am Mühlenbach wird saniert",
                Date = new DateOnly(2026, 9, 2),
                Paragraphs = ["Die Brücke am Mühlenbach ist marode und wird ab Oktober erneuert. Die Kosten von 1,2 Millionen Euro trägt zu 60 Prozent das Land."],
            },
            new Article
            {
                Id = "news/2026-10-14-muell.md",
                Title = "Restmüll wird teurer",
                Date = new DateOnly(2026, 10, 14),
                Paragraphs = ["Die Gebühr für die Restmülltonne steigt 2027 um 12 Euro. Grund sind höhere Kosten der Verbrennungsanlage."],
            },
            new Article
            {
                Id = "news/2026-12-01-loipen.md",
                Title = "Loipen gespurt",
                Date = new DateOnly(2026, 12, 1),
                Paragraphs = ["Der Skiclub hat am 12. Februar alle Loipen rund um den Ortsteil gespurt."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wer zahlt für die Brückensanierung?", "60 Prozent")]
    [InlineData("Wieso ist die Müllabfuhr jetzt teurer?", "Verbrennungsanlage")]
    public void A_compound_whose_head_names_what_is_done_is_met_by_the_thing_it_is_done_to(string question, string answer)
    {
        var reply = _town.Ask(question);

        Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_whose_head_the_index_holds_meets_its_verb_in_another_text()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-05-02-hallenbad.md",
                    Title = "Hallenbad schließt für die Sanierung",
                    Date = new DateOnly(2026, 5, 2),
                    Paragraphs = ["Das Hallenbad schließt im Juli für eine Sanierung. Schwimmkurse finden im Nachbarort statt, die Stadt bezahlt den Bus."],
                },
                new Article
                {
                    Id = "news/2026-02-24-bruecke.md",
                    Title = "Vollsperrung an der Steverbrücke",
                    Date = new DateOnly(2026, 2, 24),
                    Paragraphs = ["Die Brücke an der Hauptstraße wird ab März saniert. Die Kosten von 1,35 Millionen Euro trägt die Stadt, das Land beteiligt sich mit 60 Prozent."],
                },
            ],
            []);

        var reply = town.Ask("Wer bezahlt die Brückensanierung?");

        Assert.Contains("60 Prozent", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_whose_head_names_another_thing_is_not_met_by_its_first_part()
    {
        var reply = _town.Ask("Ab wann läuft der Skilift?");

        Assert.DoesNotContain("Februar", reply.Text, StringComparison.Ordinal);
    }
}
