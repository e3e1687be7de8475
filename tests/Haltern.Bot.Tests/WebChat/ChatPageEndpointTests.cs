using System.Net;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.DirectLine;
using Haltern.Bot.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.WebChat;

/// <summary>The chat page's HTTP side: the page, its files and bundle, and its token (the secret stays on the server).</summary>
public sealed class ChatPageEndpointTests(BotApplicationFactory host) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task Page_is_german_html_with_a_content_security_policy()
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/embed.js\" defer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.botframework.com", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Widget_loads_web_chat_from_the_bot_no_cdn()
    {
        using var client = host.Client(null);

        var script = await client.GetStringAsync("/chat/widget.js");

        Assert.Contains("script.src = '/chat/webchat.js'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Web_chat_bundle_is_served_by_the_bot()
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync("/chat/webchat.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("renderWebChat", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_copies_the_page_and_the_bundle_next_to_the_bot_so_it_runs_from_any_folder()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "WebChat", "webchat.js")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "WebChat", "Page", "index.html")));
    }

    [Theory]
    [InlineData("/chat/..%2Fappsettings.json")]
    [InlineData("/chat/appsettings.json")]
    [InlineData("/chat/missing.js")]
    [InlineData("/chat/index.HTML")]
    public async Task Paths_beside_the_page_files_are_not_found(string path)
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_token_starts_a_conversation_on_the_built_in_direct_line_without_the_secret()
    {
        using var client = host.Client(null);

        using var response = await client.PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(body)!;
        var started = await host.StartAsync((string)answer["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(BotApplicationFactory.DirectLineSecret, body, StringComparison.Ordinal);
        Assert.Null((string?)answer["domain"]);
        Assert.True((bool)answer["speech"]!);
        Assert.StartsWith("dl_", (string)answer["userId"]!, StringComparison.Ordinal);
        Assert.Equal((string?)answer["conversationId"], (string?)started["conversationId"]);
    }

    [Fact]
    public async Task Page_token_with_an_external_direct_line_domain_comes_from_there_by_its_secret()
    {
        // The "external" Direct Line is this very host's, reached through the test server's handler.
        BotApplicationFactory? self = null;
        await using var external = new BotApplicationFactory(settings: new Dictionary<string, string?>()
        {
            ["WebChat:DirectLineDomain"] = "http://localhost/v3/directline/",
            ["WebChat:DirectLineSecret"] = BotApplicationFactory.DirectLineSecret,
        },
        services: services => services.AddHttpClient(WebChatTokenSource.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => self!.Server.CreateHandler()));
        self = external;
        using var client = external.Client(null);

        using var response = await client.PostAsync("/api/directline/token", null);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var started = await external.StartAsync((string)answer["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/v3/directline", (string?)answer["domain"]);
        Assert.Equal((string?)answer["conversationId"], (string?)started["conversationId"]);
    }

    [Fact]
    public async Task Page_token_with_speech_switched_off_tells_the_page_not_to_offer_the_microphone()
    {
        await using var quiet = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["WebChat:Speech"] = "false" });
        using var client = quiet.Client(null);

        using var response = await client.PostAsync("/api/directline/token", null);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.False((bool)answer["speech"]!);
    }

    [Fact]
    public void External_direct_line_domain_without_its_secret_stops_the_host_at_start()
    {
        using var broken = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["WebChat:DirectLineDomain"] = "https://europe.directline.botframework.com/v3/directline" });

        var exception = Record.Exception(() => broken.CreateClient());

        Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(exception?.GetBaseException() ?? exception);
    }
}
