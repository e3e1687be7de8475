using Haltern.Assistant.Answers;
using Haltern.Bot.Staff;

namespace Haltern.Bot.Tests.Staff;

public sealed class QuestionGrouperTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static QuestionEvent Asked(int hours, string text) => new(Start.AddHours(hours), ReplyTopic.Unknown, false, text);

    [Fact]
    public void Similar_wordings_are_counted_together_and_the_newest_group_comes_first()
    {
        var groups = QuestionGrouper.Group(
        [
            Asked(0, "Wo kann ich Sperrmüll anmelden?"),
            Asked(1, "Wann ist das Freibad geöffnet?"),
            Asked(2, "Sperrmüll anmelden, wo geht das?"),
            Asked(3, "wo kann man sperrmüll anmelden"),
            Asked(5, "Hundesteuer abmelden"),
        ]);

        Assert.Equal(
            [("Hundesteuer abmelden", 1), ("wo kann man sperrmüll anmelden", 3), ("Wann ist das Freibad geöffnet?", 1)],
            groups.Select(g => (g.Wording, g.Count)));
        Assert.Equal(Start.AddHours(3), groups[1].LastAsked);
    }

    [Fact]
    public void Different_questions_on_one_subject_stay_apart()
    {
        var groups = QuestionGrouper.Group(
        [
            Asked(0, "Wann öffnet das Freibad?"),
            Asked(1, "Was kostet der Eintritt im Freibad für Kinder?"),
        ]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Umlauts_and_case_do_not_split_a_group()
    {
        var groups = QuestionGrouper.Group([Asked(0, "Öffnungszeiten Bürgerbüro"), Asked(1, "oeffnungszeiten buergerbuero")]);

        Assert.Equal(2, Assert.Single(groups).Count);
    }
}
