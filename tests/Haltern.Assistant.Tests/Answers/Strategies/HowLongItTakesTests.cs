using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie lange dauert es, bis mein Reisepass fertig ist?" asks how long a thing takes, not until when the office that
/// issues it is open: where nothing says how long, the honest "weiß ich nicht" with the office as the way onward;
/// "Bis wann hat … auf?" still asks for its hours.
/// </summary>
public sealed class HowLongItTakesTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Keywords = ["Reisepass", "Personalausweis"],
                Hours = new WeeklyHours(HoursParser.Parse("Mo-Fr 08:00-12:30").Slots, []),
                Paragraphs = ["Im Bürgerbüro beantragen Sie Reisepass und Personalausweis."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void How_long_a_passport_takes_is_not_the_offices_hours()
    {
        var reply = _town.Ask("Wie lange dauert es, bis mein Reisepass fertig ist?");

        Assert.DoesNotContain("12:30", reply.Text, StringComparison.Ordinal);
        Assert.Contains("leider", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bis wann hat das Bürgerbüro am Montag auf?")]
    [InlineData("Bis wann hat das Bürgerbüro auf?")]
    public void Until_when_the_office_is_open_is_its_hours(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("12:30", reply.Text, StringComparison.Ordinal);
    }
}
