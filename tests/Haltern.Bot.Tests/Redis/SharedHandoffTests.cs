using System.Net;
using System.Text.Json.Nodes;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Tests.Handoff;
using Haltern.Bot.Tests.Infrastructure;
using Haltern.Bot.Tests.Teams;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// Requests to staff on two instances sharing Redis: a citizen's request made on one instance is taken and answered
/// from the other, answered once only, and the answer reaches the citizen's chat wherever the poll lands.
/// </summary>
public sealed class SharedHandoffTests : IAsyncLifetime
{
    // Nothing in the shipped knowledge says how a residents' parking permit is applied for.
    private const string Question = "Wie beantrage ich einen Anwohnerparkausweis?";
    private const string Answer = "Den Anwohnerparkausweis gibt das Straßenverkehrsamt aus.";

    private readonly TemporaryFolder _staffData = new();
    private RedisServer _redis = null!;
    private ConnectorServer _connector = null!;
    private TwoInstances.Instance _a = null!;
    private TwoInstances.Instance _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _connector = await ConnectorServer.StartAsync();
        string[] staff =
        [
            "--Teams:StaffTenantIds:0=" + TeamsHost.StaffTenant,
            "--Teams:AllowStaffWithoutAuthentication=true",
            "--Staff:DataPath=" + _staffData.Path,
        ];
        var started = await Task.WhenAll(TwoInstances.StartInstanceAsync(_redis.Configuration, staff), TwoInstances.StartInstanceAsync(_redis.Configuration, staff));
        (_a, _b) = (started[0], started[1]);
        await Task.WhenAll(_a.UntilReadyAsync(), _b.UntilReadyAsync());
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
        await _redis.DisposeAsync();
        _staffData.Dispose();
    }

    [Fact]
    public async Task A_request_made_on_A_is_taken_and_answered_from_B_and_the_citizen_reads_the_answer_on_A()
    {
        var german = StaffPhrases.German;
        var set = Assert.Single(await StaffAsync(_a, TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true)));
        Assert.Contains("Bürgeranfragen kommen ab jetzt in diesen Kanal", set.Text, StringComparison.Ordinal);

        var (conversation, token) = await StartCitizenAsync(_a);
        await SayAsync(_a, conversation, token, Question);
        await SayAsync(_a, conversation, token, german.HandoffAccept);
        var (messageId, post) = Assert.Single(_connector.PostsTo(TeamsActivities.Channel));

        var taken = Assert.Single(await SubmitAsync(_b, messageId, new JsonObject { ["halternAction"] = "take", ["request"] = 1 }));
        var answered = Assert.Single(await SubmitAsync(_b, messageId, new JsonObject { ["halternAction"] = "answer", ["request"] = 1, ["answer"] = Answer }));
        var again = Assert.Single(await SubmitAsync(_a, messageId, new JsonObject { ["halternAction"] = "answer", ["request"] = 1, ["answer"] = "Noch einmal" }));
        var read = await ReadAsync(_a, conversation, token);

        Assert.Contains("**Anfrage 1**", (string)post["text"]!, StringComparison.Ordinal);
        Assert.Contains("Anfrage 1 übernimmt", taken.Text, StringComparison.Ordinal);
        Assert.Contains("Anfrage 1 beantwortet von", answered.Text, StringComparison.Ordinal);
        Assert.Contains("Anfrage 1 gibt es nicht oder nicht mehr", again.Text, StringComparison.Ordinal); // answered once, on either instance
        Assert.Single(read, text => text.Contains("(Anfrage 1): " + Answer, StringComparison.Ordinal));
    }

    private Task<IReadOnlyList<Activity>> StaffAsync(TwoInstances.Instance instance, Activity activity)
    {
        activity.ServiceUrl = _connector.ServiceUrl;
        return TeamsActivities.PostAsync(instance.Http, activity);
    }

    /// <summary>A card's submit in the thread of the request's message, as Teams posts it.</summary>
    private Task<IReadOnlyList<Activity>> SubmitAsync(TwoInstances.Instance instance, string messageId, JsonObject value)
    {
        var activity = TeamsActivities.ChannelMessage(string.Empty, mention: false);
        activity.Conversation.Id = $"{TeamsActivities.Channel};messageid={messageId}";
        activity.Text = null;
        activity.Value = Newtonsoft.Json.Linq.JObject.Parse(value.ToJsonString());
        return StaffAsync(instance, activity);
    }

    private static async Task<(string Conversation, string Token)> StartCitizenAsync(TwoInstances.Instance instance)
    {
        using var started = await SendAsync(instance, HttpMethod.Post, "/v3/directline/conversations", TwoInstances.DirectLineSecret);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var answer = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        return ((string)answer["conversationId"]!, (string)answer["token"]!);
    }

    private static async Task SayAsync(TwoInstances.Instance instance, string conversation, string token, string text)
    {
        var activity = new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "de-DE", ["from"] = new JsonObject { ["id"] = "citizen" } };
        using var posted = await SendAsync(instance, HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    /// <summary>The texts of every activity in the conversation.</summary>
    private static async Task<IReadOnlyList<string>> ReadAsync(TwoInstances.Instance instance, string conversation, string token)
    {
        using var response = await SendAsync(instance, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? string.Empty).ToList();
    }

    private static Task<HttpResponseMessage> SendAsync(TwoInstances.Instance instance, HttpMethod method, string path, string credential, string? json = null) =>
        instance.DirectLineAsync(method, path, credential, json);
}
