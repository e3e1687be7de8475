using System.Net;
using System.Xml.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// A message longer than the assistant reads gets a normal reply with a polite note, in text and speech, once: the cut
/// and its note live in the domain (Assistant:MaxQuestionLength), and nothing on the way adds a second one.
/// </summary>
public sealed class LongMessageTests
{
    [Fact]
    public async Task Overlong_message_gets_a_reply_with_a_polite_note()
    {
        using var host = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Assistant:MaxQuestionLength"] = "100" });
        using var client = host.CreateClient();
        var text = "Wie ist die Telefonnummer vom Bürgerbüro? " + string.Concat(Enumerable.Repeat("Bitte antworten Sie schnell. ", 200));

        using var response = await host.PostActivityAsync(client, ApiMessages.Message(text).ToString());
        var reply = Assert.Single(await ApiMessages.RepliesAsync(response), r => (string?)r["type"] == "message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replyText = (string)reply["text"]!;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(replyText, "sehr lang"));
        Assert.Contains("933-180", replyText); // the question at the start was still understood
        var speak = XDocument.Parse((string)reply["speak"]!); // still well-formed SSML
        Assert.Contains("sehr lang", speak.Root!.Value);
    }

    [Fact]
    public async Task Short_message_gets_no_note()
    {
        using var host = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Assistant:MaxQuestionLength"] = "100" });
        using var client = host.CreateClient();

        using var response = await host.PostActivityAsync(client, ApiMessages.Message("Wie ist die Telefonnummer vom Bürgerbüro?").ToString());
        var replies = await ApiMessages.RepliesAsync(response);

        Assert.DoesNotContain(replies, r => ((string?)r["text"])?.Contains("sehr lang", StringComparison.Ordinal) == true);
    }
}
