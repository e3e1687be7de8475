using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Haltern.Bot.Staff.Consent;

namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// The staff side of the handoff in the real Microsoft 365 Agents Playground (<c>-c msteams</c>): a staff member
/// makes the playground's channel the place for requests, a citizen on the bot's own Direct Line passes a question
/// on, and the request arrives in the channel as a new message with its Adaptive Card.
/// </summary>
[Collection(Haltern.Bot.Tests.Infrastructure.RealServerCollection.Name)]
public sealed class HandoffPlaygroundTests : IAsyncLifetime
{
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(30);

    private PlaygroundBot? _host;

    public async Task InitializeAsync() => _host = await PlaygroundBot.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_request_arrives_in_the_staff_channel_with_its_card()
    {
        var playground = _host!.Playground;
        var german = StaffPhrases.German;
        var thread = await playground.SendAsync(playground.Channel, "Bürgeranfragen hier", mentionBot: true, CancellationToken.None);
        var set = Assert.Single(await playground.BotMessagesAsync(thread, ReplyWait, stopAfter: 1, CancellationToken.None));
        Assert.Contains("Bürgeranfragen kommen ab jetzt in diesen Kanal", (string?)set["text"], StringComparison.Ordinal);

        using var http = _host.Bot.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Haltern.Bot.Tests.Infrastructure.BotApplicationFactory.DirectLineSecret);
        using var started = await http.PostAsync("/v3/directline/conversations", null);
        var conversation = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["conversationId"]!;
        foreach (var said in new[] { "Wie beantrage ich einen Anwohnerparkausweis?", german.HandoffAccept })
        {
            var message = new JsonObject { ["type"] = "message", ["text"] = said, ["locale"] = "de-DE", ["from"] = new JsonObject { ["id"] = "citizen" } };
            using var posted = await http.PostAsync($"/v3/directline/conversations/{conversation}/activities", new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        // The playground shows the text and the card of the one post as two messages, in the channel.
        var post = await playground.BotMessagesAsync(id => id?.StartsWith(playground.Channel, StringComparison.Ordinal) == true && id != thread, ReplyWait, stopAfter: 2, CancellationToken.None);
        var text = post.Select(m => (string?)m["text"]).Single(t => !string.IsNullOrEmpty(t));
        Assert.Contains("Anfrage 1", text, StringComparison.Ordinal);
        Assert.Contains("Anwohnerparkausweis", text, StringComparison.Ordinal);
        var card = Assert.Single(post.SelectMany(m => m["attachments"]?.AsArray() ?? []));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card!["contentType"]);
        Assert.Equal([german.CardAnswer, german.CardTake], card["content"]!["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.Equal("Input.Text", (string?)card["content"]!["body"]![0]!["type"]);
    }
}
