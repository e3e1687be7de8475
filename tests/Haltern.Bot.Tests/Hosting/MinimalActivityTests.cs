using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// A client that wants its replies in the response body (<c>expectReplies</c>) needs no serviceUrl and may leave
/// out the conversation; without expectReplies both are still required.
/// </summary>
public sealed class MinimalActivityTests : IClassFixture<MinimalActivityTests.Host>
{
    private readonly Host _host;

    public MinimalActivityTests(Host host) => _host = host;

    [Fact]
    public async Task Expect_replies_without_service_url_and_conversation_is_answered()
    {
        using var response = await _host.Client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["text"] = "Telefonnummer Bürgerbüro",
            ["channelId"] = "emulator",
            ["locale"] = "de-DE",
            ["deliveryMode"] = "expectReplies",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("933-180", body["activities"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normal_delivery_without_service_url_is_refused_with_a_reason()
    {
        using var response = await _host.Client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["text"] = "Telefonnummer Bürgerbüro",
            ["channelId"] = "emulator",
            ["conversation"] = new JsonObject { ["id"] = "c1" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class Host : IDisposable
    {
        private readonly BotApplicationFactory _factory = new(time: Clocks.TuesdayMorning());

        public Host() => Client = _factory.CreateClient();

        public HttpClient Client { get; }

        public void Dispose() => _factory.Dispose();
    }
}
