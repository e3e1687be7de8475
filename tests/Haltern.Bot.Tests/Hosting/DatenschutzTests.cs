using System.Net;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>A citizen who asks what the bot keeps gets the answer from the shipped knowledge file, not from code.</summary>
public sealed class DatenschutzTests
{
    [Theory]
    [InlineData("Was speichert der Bot über mich?")]
    [InlineData("What data do you keep about me?")]
    [InlineData("Datenschutz")]
    [InlineData("Wie lange speichern Sie meine Daten?")]
    public async Task Privacy_question_is_answered_from_the_datenschutz_file(string question)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        using var response = await host.PostActivityAsync(client, ApiMessages.Message(question, $"dsgvo-{question.GetHashCode()}").ToString());
        var text = string.Join("\n", (await ApiMessages.RepliesAsync(response)).Select(r => (string?)r["text"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kein Gesprächsprotokoll", text);
        Assert.Contains("30 Minuten", text);
    }
}
