using Haltern.DirectLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.DirectLine;

/// <summary>The real bot host (in memory) with a Direct Line secret, a fake clock and optional limits.</summary>
public sealed class DirectLineHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789";
    public const string BaseUrl = "/v3/directline";

    private readonly Dictionary<string, string> _settings;

    public DirectLineHost()
        : this([])
    {
    }

    /// <summary>A host with extra settings (limits); the secret is <see cref="Secret"/> unless the settings say otherwise.</summary>
    internal DirectLineHost(Dictionary<string, string> settings)
    {
        _settings = new Dictionary<string, string>(settings);
        _settings.TryAdd("DirectLine:Secret", Secret);
    }

    /// <summary>More test services, set before the host is first used.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(DirectLineExtensions.ClockKey, Time);
            ConfigureServices?.Invoke(services);
        });
    }

    public HttpClient Client(string? bearer)
    {
        var client = CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Starts a conversation with the secret and returns the answer (conversationId, token, streamUrl).</summary>
    public async Task<JsonObject> StartAsync(string? bearer = Secret)
    {
        using var client = Client(bearer);
        using var response = await client.PostAsync($"{BaseUrl}/conversations", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public async Task<JsonObject> GetActivitiesAsync(string bearer, string conversationId, string? watermark = null)
    {
        using var client = Client(bearer);
        var url = $"{BaseUrl}/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}");
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string bearer, string conversationId, string json)
    {
        using var client = Client(bearer);
        return await client.PostAsync(
            $"{BaseUrl}/conversations/{conversationId}/activities",
            new StringContent(json, Encoding.UTF8, "application/json"));
    }

    public static string Message(string text, string clientActivityId = "c1") =>
        new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "de-DE",
            ["from"] = new JsonObject { ["id"] = "someone", ["name"] = "Bürgerin" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        }.ToJsonString();

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
