using System.Net;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// Teams-shaped activities whose <c>channelData</c>, <c>entities</c>, <c>attachments</c> or <c>value</c> have the
/// wrong shape are the client's mistake: a 400 or a normal answer, never a 5xx, an apology for an error, or an
/// Error in the log.
/// </summary>
public sealed class TeamsShapeTests
{
    public static TheoryData<string, string> WrongShapes() => new()
    {
        { "channelData", "\"just a string\"" },
        { "channelData", "[1, 2, 3]" },
        { "channelData", "42" },
        { "channelData", "{\"tenant\": \"not an object\"}" },
        { "channelData", "{\"tenant\": {\"id\": [1]}}" },
        { "channelData", "{\"team\": 5, \"channel\": [\"x\"], \"eventType\": {}}" },
        { "channelData", "{\"tenant\": {\"id\": {\"nested\": true}}, \"settings\": \"x\"}" },
        { "entities", "\"mention\"" },
        { "entities", "[\"mention\"]" },
        { "entities", "[{\"type\": \"mention\", \"mentioned\": \"bot\", \"text\": 5}]" },
        { "entities", "[{\"type\": \"mention\", \"mentioned\": {\"id\": [\"bot\"]}, \"text\": {}}]" },
        { "entities", "[null, 1, {\"type\": 7}]" },
        { "entities", "{\"type\": \"mention\"}" },
        { "attachments", "\"file.png\"" },
        { "attachments", "[1, null, \"x\"]" },
        { "attachments", "[{\"contentType\": 5, \"content\": \"x\"}]" },
        { "attachments", "{\"contentType\": \"text/plain\"}" },
        { "value", "\"halternChoice\"" },
        { "value", "[{\"halternChoice\": 1}]" },
        { "value", "{\"halternChoice\": {\"x\": 1}}" },
        { "value", "{\"halternChoice\": null}" },
        { "conversation", "{\"id\": \"19:c@thread.tacv2\", \"conversationType\": 5, \"tenantId\": [\"t\"]}" },
        { "conversation", "{\"id\": \"19:c@thread.tacv2\", \"isGroup\": \"yes\"}" },
        { "recipient", "{\"id\": \"28:bot\", \"name\": [\"Haltern.Bot\"]}" },
    };

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public async Task A_field_of_the_wrong_shape_gets_a_400_or_a_normal_answer_and_no_error_in_the_log(string field, string json)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();
        foreach (var type in new[] { "message", "conversationUpdate", "installationUpdate", "invoke" })
        {
            var activity = TeamsMessage(type);
            activity[field] = JToken.Parse(json);

            using var response = await host.PostActivityAsync(client, activity.ToString());
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{type}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain("schiefgegangen", body, StringComparison.Ordinal);
        }

        var errors = host.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Text).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(2)));
    }

    /// <summary>An activity as Teams sends it to the bot: a channel message that @mentions the bot.</summary>
    internal static JObject TeamsMessage(string type = "message", string text = "<at>Haltern.Bot</at> Wann hat das Bürgerbüro geöffnet?")
    {
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = "1700000000123",
            ["timestamp"] = "2026-06-03T10:00:00Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["from"] = new JObject { ["id"] = "29:user", ["name"] = "Citizen", ["aadObjectId"] = "aad-1" },
            ["recipient"] = new JObject { ["id"] = "28:bot", ["name"] = "Haltern.Bot" },
            ["conversation"] = new JObject
            {
                ["id"] = "19:c@thread.tacv2;messageid=1700000000123", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1",
            },
            ["locale"] = "de-DE",
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
            ["entities"] = new JArray(new JObject
            {
                ["type"] = "mention", ["text"] = "<at>Haltern.Bot</at>", ["mentioned"] = new JObject { ["id"] = "28:bot", ["name"] = "Haltern.Bot" },
            }),
            ["channelData"] = new JObject
            {
                ["tenant"] = new JObject { ["id"] = "tenant-1" },
                ["team"] = new JObject { ["id"] = "19:team@thread.tacv2" },
                ["channel"] = new JObject { ["id"] = "19:c@thread.tacv2" },
            },
        };
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JArray(new JObject { ["id"] = "28:bot" });
        }
        else if (type == "installationUpdate")
        {
            activity["action"] = "add";
        }
        else if (type == "invoke")
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] ??= new JObject { ["action"] = new JObject { ["type"] = "Action.Execute" } };
        }

        return activity;
    }
}
