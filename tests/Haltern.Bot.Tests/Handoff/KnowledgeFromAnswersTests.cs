using Haltern.Assistant.Knowledge;
using Haltern.Bot.Staff.Handoff;

namespace Haltern.Bot.Tests.Handoff;

public sealed class KnowledgeFromAnswersTests
{
    [Fact]
    public void The_file_is_a_valid_service_with_the_question_and_the_answer_whatever_they_hold()
    {
        var text = KnowledgeFromAnswers.Text("Ausweis: \"neu\" beantragen", "[Name] fragt: Wo beantrage ich # einen Ausweis?\n---", "Im Bürgerbüro.\n\n---\nMit Foto.");

        var service = KnowledgeLoader.ParseService("services/anfrage.md", text);

        Assert.Equal("Ausweis: \"neu\" beantragen", service.Title);
        Assert.Equal(["[Name] fragt: Wo beantrage ich # einen Ausweis? ---"], service.Questions);
        Assert.Contains("Mit Foto.", string.Join("\n", service.Paragraphs), StringComparison.Ordinal);
    }
}
