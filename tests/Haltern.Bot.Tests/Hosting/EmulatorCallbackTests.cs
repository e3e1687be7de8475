using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// Plays the Emulator's part: a real HTTP server on loopback as <c>serviceUrl</c>, which receives the bot's
/// replies at <c>/v3/conversations/{id}/activities/{replyToId}</c>.
/// </summary>
public sealed class EmulatorCallbackTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, JsonObject Activity)> _received = new();
    private WebApplication? _emulator;
    private string _serviceUrl = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _emulator = builder.Build();
        _emulator.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpContext context) =>
        {
            var activity = await context.Request.ReadFromJsonAsync<JsonObject>();
            _received.Enqueue((context.Request.Path.Value!, activity!));
            return Results.Ok(new { id = "reply-" + _received.Count });
        });
        await _emulator.StartAsync();
        _serviceUrl = _emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task Message_without_expect_replies_is_answered_by_callback_to_the_service_url()
    {
        await using var factory = new BotApplicationFactory(time: Clocks.TuesdayMorning());
        using var http = factory.CreateClient();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "msg-1",
            ["text"] = "Wie ist die Telefonnummer vom Bürgerbüro?",
            ["locale"] = "de-DE",
            ["channelId"] = "emulator",
            ["serviceUrl"] = _serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = "emu-conv" },
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" },
        };

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.True(response.IsSuccessStatusCode, $"POST answered {(int)response.StatusCode}");
        var (path, reply) = Assert.Single(_received);
        Assert.Equal("/v3/conversations/emu-conv/activities/msg-1", path);
        Assert.Equal("message", reply["type"]?.GetValue<string>());
        Assert.Contains("933-180", reply["text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("msg-1", reply["replyToId"]?.GetValue<string>());
        Assert.StartsWith("<speak", reply["speak"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_with_expect_replies_returns_replies_in_the_body_and_calls_nobody()
    {
        await using var factory = new BotApplicationFactory(time: Clocks.TuesdayMorning());
        var client = new EmulatorClient(factory.CreateClient());

        var replies = await client.SayAsync("Sprechstunde des Bürgermeisters");

        Assert.Contains("Stegemann", Assert.Single(replies)["text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_received);
    }
}
