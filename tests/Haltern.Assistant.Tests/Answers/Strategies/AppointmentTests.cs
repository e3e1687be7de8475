using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// An appointment asked for ("Wie bekomme ich einen Termin …?") is answered with the office's times and how to ask
/// for one: its telephone and e-mail. Its times alone are answered without them.
/// </summary>
public sealed class AppointmentTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [],
        [
            new Service
            {
                Id = "services/sprechstunde.md", Title = "Sprechstunde des Bürgermeisters", Phone = "0123 456-101", Email = "vorzimmer@example.org",
                Keywords = ["Bürgermeister"],
                Hours = new WeeklyHours(HoursParser.Parse("Mi 16:00-18:00 nur mit Termin").Slots, []),
                Paragraphs = ["Bürgermeister Max Beispiel lädt zur Sprechstunde ein."],
            },
            new Service
            {
                Id = "services/seniorenbeirat.md", Title = "Sprechstunde des Seniorenbeirats", Keywords = ["Seniorenbeirat"],
                Paragraphs = ["Der Seniorenbeirat berät ältere Menschen.", "Termine vergibt das Bürgerbüro."],
            },
            new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Paragraphs = ["Das Bürgerbüro hilft bei allen Anliegen."] },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Ich hätte gern einen Termin beim Bürgermeister.")]
    [InlineData("wie bekomme ich einen termin für die sprechstunde")]
    public void An_appointment_asked_gets_the_times_and_the_way_to_ask_for_one(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("16:00", reply.Text, StringComparison.Ordinal);
        Assert.Contains("0123 456-101", reply.Text, StringComparison.Ordinal);
        Assert.Contains("vorzimmer@example.org", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_with_no_telephone_or_e_mail_of_its_own_is_not_said_to_lack_them()
    {
        var reply = _town.Ask("Wie bekomme ich einen Termin beim Seniorenbeirat?");

        Assert.Contains("Termine vergibt das Bürgerbüro", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("keine Telefonnummer", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_times_asked_are_the_times()
    {
        var reply = _town.Ask("Wann ist die Sprechstunde des Bürgermeisters?");

        Assert.Contains("16:00", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("vorzimmer@example.org", reply.Text, StringComparison.Ordinal);
    }
}
