using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>
/// Plays the Bot Connector service of Teams on a loopback port: records every activity the bot posts to a
/// conversation (<c>POST /v3/conversations/{id}/activities[/{replyTo}]</c>) and answers with a new message id, as
/// the service does.
/// </summary>
internal sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId = 1_700_000_000;

    private ConnectorServer(WebApplication app) => _app = app;

    /// <summary>The service URL to give activities (ends with a slash).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>What the bot posted, in order: the conversation id, the message id given, the activity.</summary>
    public ConcurrentQueue<(string ConversationId, string MessageId, JObject Activity)> Posts { get; } = new();

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ConnectorServer(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", server.RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", server.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.ServiceUrl = address.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>The posts to <paramref name="conversationId"/> so far.</summary>
    public IReadOnlyList<(string MessageId, JObject Activity)> PostsTo(string conversationId) =>
        Posts.Where(p => p.ConversationId == conversationId).Select(p => (p.MessageId, p.Activity)).ToList();

    private async Task<IResult> RecordAsync(HttpContext context, string conversationId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        Posts.Enqueue((Uri.UnescapeDataString(conversationId), id, activity));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
