using System.Collections.Concurrent;
using System.Net;
using Haltern.Bot.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// A whole conversation, with replies in the response body and through a real loopback channel callback, leaves no
/// message text, user name or user id in the logs at Information and above, and no transcript in the store.
/// </summary>
public sealed class PrivacyTests
{
    private const string UserId = "29:1a-private-user-id-7731";
    private const string UserName = "Erika Mustermann-Privat";
    private static readonly string[] Secrets =
    [
        "Zebrastreifen am Prinzipalmarkt 4711",
        "mein Sohn Jonas Mustermann braucht einen Ausweis",
        "Wann hat der Bürgermeister Sprechstunde wegen Nachbarstreit Quellenweg 12?",
    ];

    [Fact]
    public async Task A_conversation_leaves_no_message_text_user_name_or_user_id_in_logs_and_no_transcript()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var join = Activity("conversationUpdate", null, expectReplies: false, channel.ServiceUrl);
        join["membersAdded"] = new JArray(new JObject { ["id"] = UserId, ["name"] = UserName }, new JObject { ["id"] = "bot" });
        var statuses = new List<HttpStatusCode>();
        using (var response = await host.PostActivityAsync(client, join.ToString()))
        {
            statuses.Add(response.StatusCode);
        }

        foreach (var (text, index) in Secrets.Select((t, i) => (t, i)))
        {
            var message = Activity("message", text, expectReplies: index % 2 == 0, channel.ServiceUrl);
            using var response = await host.PostActivityAsync(client, message.ToString());
            statuses.Add(response.StatusCode);
        }

        var store = (ExpiringMemoryStorage)host.Services.GetRequiredService<IStorage>();
        var kept = string.Join("\n", store.Dump());
        var logged = host.Logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotEmpty(channel.Received); // the callback path (where the SDK logs what it sends) really ran
        Assert.NotEmpty(logged); // the capture works: the host logs at Information
        foreach (var secret in Secrets.Concat([UserName, UserId, Uri.EscapeDataString(UserId), Uri.EscapeDataString(UserName)]))
        {
            Assert.DoesNotContain(logged, e => e.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(secret, kept, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var word in new[] { "Zebrastreifen", "Nachbarstreit", "Jonas" })
        {
            Assert.DoesNotContain(logged, e => e.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static JObject Activity(string type, string? text, bool expectReplies, string serviceUrl)
    {
        // Some channels build the conversation id from the user id (Facebook: "{userId}-{pageId}"); it then travels
        // in the reply URL, which HttpClient logs at Information.
        var activity = ApiMessages.Message(text ?? string.Empty, $"{UserId}-page-42", serviceUrl, expectReplies);
        activity["type"] = type;
        activity["from"] = new JObject { ["id"] = UserId, ["name"] = UserName, ["role"] = "user" };
        if (text is null)
        {
            activity.Remove("text");
        }

        return activity;
    }

    /// <summary>A channel's reply endpoint on 127.0.0.1 (real Kestrel): takes the bot's replies like the Emulator.</summary>
    private sealed class LoopbackChannel : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LoopbackChannel(WebApplication app, string serviceUrl)
        {
            _app = app;
            ServiceUrl = serviceUrl;
        }

        public ConcurrentQueue<string> Received { get; } = new();

        public string ServiceUrl { get; }

        public static async Task<LoopbackChannel> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            LoopbackChannel? channel = null;
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                channel!.Received.Enqueue(await reader.ReadToEndAsync());
                return Results.Json(new { id = Guid.NewGuid().ToString("N") });
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            channel = new LoopbackChannel(app, address.TrimEnd('/') + "/");
            return channel;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
