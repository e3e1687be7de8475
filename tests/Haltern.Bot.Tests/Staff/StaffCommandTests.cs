using Haltern.Bot.Staff;

namespace Haltern.Bot.Tests.Staff;

public sealed class StaffCommandTests
{
    [Theory]
    [InlineData("offene Fragen", StaffCommandKind.OpenQuestions, false)]
    [InlineData("  Offene   Fragen? ", StaffCommandKind.OpenQuestions, false)]
    [InlineData("/statistik", StaffCommandKind.Statistics, false)]
    [InlineData("Wissensstand!", StaffCommandKind.KnowledgeStatus, false)]
    [InlineData("open questions", StaffCommandKind.OpenQuestions, true)]
    [InlineData("Statistics", StaffCommandKind.Statistics, true)]
    public void Commands_are_recognised(string text, StaffCommandKind kind, bool english)
    {
        Assert.True(StaffCommand.TryParse(text, out var command));
        Assert.Equal(new StaffCommand(kind, english), command);
    }

    [Theory]
    [InlineData("Statistik der Einwohnerzahlen")]
    [InlineData("Ich habe offene Fragen zur Hundesteuer")]
    [InlineData("")]
    [InlineData(null)]
    public void Citizen_questions_are_not_commands(string? text)
    {
        Assert.False(StaffCommand.TryParse(text, out _));
    }
}
