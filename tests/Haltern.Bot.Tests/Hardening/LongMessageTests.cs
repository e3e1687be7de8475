using System.Net;
using System.Xml.Linq;

namespace Haltern.Bot.Tests.Hardening;

/// <summary>A message longer than the assistant reads gets a normal reply with a polite note, in text and speech.</summary>
public sealed class LongMessageTests
{
    [Fact]
    public async Task OverlongMessage_GetsAReplyWithAPoliteNote()
    {
        using var host = new HardeningHost(new Dictionary<string, string?> { ["Assistant:MaxQuestionLength"] = "100" });
        using var client = host.CreateClient();
        var text = "Wie ist die Telefonnummer vom Bürgerbüro? " + string.Concat(Enumerable.Repeat("Bitte antworten Sie schnell. ", 200));

        using var response = await host.PostActivityAsync(client, HardeningHost.Message(text).ToString());
        var reply = Assert.Single(await HardeningHost.RepliesAsync(response), r => (string?)r["type"] == "message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nur die ersten 100 Zeichen", (string?)reply["text"]);
        var speak = XDocument.Parse((string)reply["speak"]!); // still well-formed SSML
        Assert.Contains("nur die ersten 100 Zeichen", speak.Root!.Value);
    }

    [Fact]
    public async Task ShortMessage_GetsNoNote()
    {
        using var host = new HardeningHost(new Dictionary<string, string?> { ["Assistant:MaxQuestionLength"] = "100" });
        using var client = host.CreateClient();

        using var response = await host.PostActivityAsync(client, HardeningHost.Message("Wie ist die Telefonnummer vom Bürgerbüro?").ToString());
        var replies = await HardeningHost.RepliesAsync(response);

        Assert.DoesNotContain(replies, r => ((string?)r["text"])?.Contains("Zeichen gelesen", StringComparison.Ordinal) == true);
    }
}
