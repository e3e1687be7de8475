using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Assistant;

/// <summary>
/// A citizen who asks for a person while no staff channel is set, over HTTP of the real host: the general contact
/// the knowledge holds (the service <c>Assistant:GeneralContact</c> names), not a paragraph that happens to mention
/// staff (the privacy entry does).
/// </summary>
public sealed class PersonRequestOverHttpTests
{
    private static string Phone(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, "services", file)).First(l => l.StartsWith("phone:", StringComparison.Ordinal))["phone:".Length..].Trim();

    private static async Task<string> AskAsync(BotApplicationFactory factory, string question, string locale = "de-DE")
    {
        using var http = factory.CreateClient();
        var replies = await new EmulatorClient(http, locale: locale).SayAsync(question);
        return string.Join("\n", replies.Select(EmulatorClient.Visible));
    }

    [Theory]
    [InlineData("Ich möchte mit einem Mitarbeiter sprechen")]
    [InlineData("Kann ich jemanden anrufen?")]
    public async Task A_person_asked_for_gets_the_shipped_general_contact_not_the_privacy_entry(string question)
    {
        using var factory = new BotApplicationFactory();

        var text = await AskAsync(factory, question);

        Assert.Contains("Bürgerbüro", text, StringComparison.Ordinal);
        Assert.Contains(Phone(RepositoryPaths.Knowledge, "buergerbuero.md"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Datenschutz", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_towns_general_contact_answers_there()
    {
        var testtown = RepositoryPaths.TestData("Eval", "Towns", "Testtown");
        using var factory = new BotApplicationFactory(testtown);

        var text = await AskAsync(factory, "I would like to speak to a human", locale: "en-US");

        Assert.Contains(Phone(testtown, "buergerservice.md"), text, StringComparison.Ordinal);
    }
}
