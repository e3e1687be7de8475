using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Haltern.Bot.Tests.Infrastructure;
using Haltern.DirectLine;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>
/// The real bot on Kestrel at 127.0.0.1 with a knowledge folder of its own, a staff tenant, a loopback Bot
/// Connector for Teams (<see cref="ConnectorServer"/>), optionally a real SMTP server (<see cref="MailDev"/>) and a
/// fake clock; staff talk to it as Teams does, citizens over its built-in Direct Line.
/// </summary>
internal sealed class HandoffHost : IAsyncDisposable
{
    public const string DirectLineSecret = "handoff-test-secret-0123456789";
    public const string StaffName = "Erika Mustermann";

    private readonly string _staffData;

    private HandoffHost(ConnectorServer connector, MailDev? mail, BotApplicationFactory host, HttpClient http, KnowledgeCopy knowledge, FakeTimeProvider? time, string staffData)
    {
        _staffData = staffData;
        Connector = connector;
        Mail = mail;
        Host = host;
        Http = http;
        Knowledge = knowledge;
        Time = time;
    }

    public ConnectorServer Connector { get; }

    public MailDev? Mail { get; }

    public BotApplicationFactory Host { get; }

    public HttpClient Http { get; }

    public KnowledgeCopy Knowledge { get; }

    public FakeTimeProvider? Time { get; }

    public static async Task<HandoffHost> StartAsync(bool withMail = false, FakeTimeProvider? time = null)
    {
        var connector = await ConnectorServer.StartAsync();
        var mail = withMail ? await MailDev.StartAsync() : null;
        var knowledge = new KnowledgeCopy();
        var staffData = Path.Combine(Path.GetTempPath(), "haltern-handoff-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = knowledge.Path,
            ["Knowledge:ReloadDelayMilliseconds"] = "300",
            ["Staff:DataPath"] = staffData,
            ["Teams:StaffTenantIds:0"] = TeamsHost.StaffTenant,
            ["Teams:AllowStaffWithoutAuthentication"] = "true",
            ["DirectLine:Secret"] = DirectLineSecret,
        };
        if (mail is not null)
        {
            settings["Handoff:SmtpHost"] = "127.0.0.1";
            settings["Handoff:SmtpPort"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Handoff:SmtpSecurity"] = "None";
            settings["Handoff:SmtpFrom"] = "rathaus@example.org";
        }

        // One clock for the whole app, Direct Line's included: moving it closes the citizen's chat as it ages requests.
        var host = new BotApplicationFactory(settings: settings, services: time is null ? null : services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            services.AddKeyedSingleton<TimeProvider>(DirectLineExtensions.ClockKey, time);
        });
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var http = host.CreateClient();
        return new HandoffHost(connector, mail, host, http, knowledge, time, staffData);
    }

    /// <summary>A staff member's message in the staff channel, as Teams posts it, with the replies of the turn.</summary>
    public Task<IReadOnlyList<Activity>> StaffAsync(Activity activity)
    {
        activity.ServiceUrl = Connector.ServiceUrl;
        activity.From.Name = StaffName;
        return TeamsActivities.PostAsync(Http, activity);
    }

    /// <summary>A card's submit in the thread of a request's message, as Teams posts it (no text, no @mention).</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(string messageId, JsonObject value)
    {
        var activity = TeamsActivities.ChannelMessage(string.Empty, mention: false);
        activity.Conversation.Id = $"{TeamsActivities.Channel};messageid={messageId}";
        activity.Text = null;
        activity.Value = Newtonsoft.Json.Linq.JObject.Parse(value.ToJsonString());
        return StaffAsync(activity);
    }

    /// <summary>A reply in the thread of a request's message that @mentions the bot.</summary>
    public Task<IReadOnlyList<Activity>> ThreadReplyAsync(string messageId, string text)
    {
        var activity = TeamsActivities.ChannelMessage(text, mention: true);
        activity.Conversation.Id = $"{TeamsActivities.Channel};messageid={messageId}";
        return StaffAsync(activity);
    }

    /// <summary>The bot's posts in the staff channel (new messages, not thread replies).</summary>
    public IReadOnlyList<(string MessageId, Newtonsoft.Json.Linq.JObject Activity)> StaffChannelPosts() => Connector.PostsTo(TeamsActivities.Channel);

    /// <summary>The texts of the bot's Direct Line activities, one a line.</summary>
    public static string Texts(IEnumerable<JsonNode> activities) => string.Join("\n", activities.Select(a => (string?)a["text"]));

    /// <summary>The titles of the suggested actions of the bot's Direct Line activities.</summary>
    public static IEnumerable<string> Suggestions(IEnumerable<JsonNode> activities) =>
        activities.SelectMany(a => a["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(a => (string?)a!["title"] ?? string.Empty);

    /// <summary>Starts a citizen's conversation on the built-in Direct Line.</summary>
    public async Task<Citizen> CitizenAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new Citizen(Http, (string)body["conversationId"]!, (string)body["token"]!);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        if (Mail is not null)
        {
            await Mail.DisposeAsync();
        }

        Knowledge.Dispose();
        if (Directory.Exists(_staffData))
        {
            Directory.Delete(_staffData, recursive: true);
        }
    }

    /// <summary>A citizen in a Direct Line conversation: says something, reads what the bot wrote since.</summary>
    internal sealed class Citizen(HttpClient http, string conversationId, string token)
    {
        private string? _watermark;

        public string ConversationId { get; } = conversationId;

        /// <summary>Sends a message and returns the bot's messages of that turn.</summary>
        public async Task<IReadOnlyList<JsonNode>> SayAsync(string text)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["locale"] = "de-DE",
                ["from"] = new JsonObject { ["id"] = "citizen" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities")
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await ReadAsync();
        }

        /// <summary>The bot's messages since the last read (the poll Web Chat makes).</summary>
        public async Task<IReadOnlyList<JsonNode>> ReadAsync()
        {
            var url = $"/v3/directline/conversations/{ConversationId}/activities" + (_watermark is null ? string.Empty : "?watermark=" + _watermark);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            _watermark = (string?)body["watermark"];
            return body["activities"]!.AsArray()
                .Where(a => (string?)a!["from"]?["role"] == "bot" || (string?)a!["from"]?["id"] != "citizen")
                .Select(a => a!)
                .ToList();
        }
    }
}
