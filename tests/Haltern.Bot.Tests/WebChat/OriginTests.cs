using System.Net;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.DirectLine;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.WebChat;

/// <summary>
/// Only the city's sites (<c>WebChat:AllowedOrigins</c>) and the bot's own pages may use the chat from a browser:
/// CORS for them alone, 403 with a reason for any other page, and only they may frame the widget.
/// </summary>
public sealed class OriginTests : IAsyncLifetime
{
    private const string City = "https://www.haltern-am-see.de";
    private const string Other = "https://www.example.org";

    private readonly BotApplicationFactory _host = new(settings: new Dictionary<string, string?>
    {
        ["WebChat:AllowedOrigins:0"] = City + "/",
        ["WebChat:AllowedOrigins:1"] = "https://Service.Haltern-am-See.de:8443",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_listed_site_gets_a_token_and_may_read_it()
    {
        using var response = await TokenAsync(City);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(City, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task An_origin_is_compared_as_browsers_write_it()
    {
        using var response = await TokenAsync("https://service.haltern-am-see.de:8443");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Other)]
    [InlineData("http://www.haltern-am-see.de")]
    [InlineData("https://www.haltern-am-see.de.example.org")]
    [InlineData("null")]
    public async Task Any_other_page_gets_403_with_the_reason_and_no_token(string origin)
    {
        using var response = await TokenAsync(origin);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("OriginNotAllowed", (string?)JsonNode.Parse(body)!["error"]!["code"]);
        Assert.Contains("WebChat:AllowedOrigins", body, StringComparison.Ordinal);
        Assert.DoesNotContain("token\"", body, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_bots_own_page_gets_a_token()
    {
        using var response = await TokenAsync("http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_Direct_Line_API_refuses_another_page_too()
    {
        var started = await _host.StartAsync();
        using var client = _host.Client((string)started["token"]!);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{DirectLineCalls.BaseUrl}/conversations/{(string)started["conversationId"]!}/activities");
        request.Headers.Add("Origin", Other);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("OriginNotAllowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(City, true)]
    [InlineData(Other, false)]
    public async Task A_preflight_allows_the_headers_Direct_Line_clients_send_to_listed_sites_only(string origin, bool allowed)
    {
        using var client = _host.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{DirectLineCalls.BaseUrl}/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
        if (allowed)
        {
            Assert.Equal(origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
            var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers"));
            foreach (var header in new[] { "Authorization", "Content-Type", "Accept", "x-ms-bot-agent" })
            {
                Assert.Contains(header, headers, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Only_listed_sites_may_frame_the_widget()
    {
        using var client = _host.Client(null);

        using var response = await client.GetAsync("/widget");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'self' https://service.haltern-am-see.de:8443 https://www.haltern-am-see.de;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_listed_sites_only_the_bots_own_page_may_frame_it()
    {
        await using var bare = new BotApplicationFactory();
        using var client = bare.Client(null);

        using var response = await client.GetAsync("/widget");

        Assert.Contains("frame-ancestors 'self';", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://www.haltern-am-see.de/buergerservice")]
    [InlineData("www.haltern-am-see.de")]
    [InlineData("https://*.haltern-am-see.de")]
    public void A_setting_that_is_no_origin_stops_the_bot_at_start(string origin)
    {
        using var broken = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["WebChat:AllowedOrigins:0"] = origin });

        var exception = Record.Exception(() => broken.CreateClient());

        var validation = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(exception?.GetBaseException() ?? exception);
        Assert.Contains(origin, validation.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> TokenAsync(string origin)
    {
        using var client = _host.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
