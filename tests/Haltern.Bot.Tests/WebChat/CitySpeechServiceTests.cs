using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Haltern.Bot.Tests.DirectLine;
using Haltern.Bot.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.WebChat;

/// <summary>
/// A speech service the city controls (<c>WebChat:SpeechService</c>): the widget uses it instead of the browser's
/// vendor, the notice names it, and its key stays on the server. Azure's token endpoint cannot be reached from
/// the tests, so a stand-in answers as it does (a token as plain text for the key in <c>Ocp-Apim-Subscription-Key</c>).
/// </summary>
public sealed partial class CitySpeechServiceTests
{
    private const string Key = "speech-key-0123456789";
    private const string Processor = "Microsoft Azure AI Speech (Rechenzentrum Frankfurt)";

    [Fact]
    public async Task The_widget_gets_a_token_for_the_citys_service_and_never_the_key()
    {
        var issuer = new TokenIssuer(HttpStatusCode.OK);
        await using var host = CitySpeechHost(issuer);
        using var client = host.Client(null);

        using var response = await client.PostAsync("/api/webchat/speech-token", null);
        var body = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("germanywestcentral", (string?)answer["region"]);
        Assert.Equal("issued-token", (string?)answer["authorizationToken"]);
        Assert.DoesNotContain(Key, body, StringComparison.Ordinal);
        Assert.Equal([Key], issuer.KeysSeen);
        Assert.Equal("https://germanywestcentral.api.cognitive.microsoft.com/sts/v1.0/issueToken", issuer.UrlsSeen.Single());
    }

    [Fact]
    public async Task The_voice_notice_names_the_citys_processor_and_the_frame_may_reach_the_service()
    {
        await using var host = CitySpeechHost(new TokenIssuer(HttpStatusCode.OK));
        using var client = host.Client(null);

        using var response = await client.GetAsync("/widget");
        var html = await response.Content.ReadAsStringAsync();
        var settings = JsonNode.Parse(SettingsBlock().Match(html).Groups[1].Value)!;

        Assert.True((bool)settings["citySpeech"]!);
        Assert.Contains(Processor + " im Auftrag der Stadt", (string?)settings["texts"]!["voiceCity"], StringComparison.Ordinal);
        Assert.Contains("wss://germanywestcentral.stt.speech.microsoft.com", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_city_service_there_is_no_speech_token_and_the_browser_is_named()
    {
        await using var host = new BotApplicationFactory();
        using var client = host.Client(null);

        using var response = await client.PostAsync("/api/webchat/speech-token", null);
        var settings = JsonNode.Parse(SettingsBlock().Match(await client.GetStringAsync("/widget")).Groups[1].Value)!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False((bool)settings["citySpeech"]!);
        Assert.Contains("Hersteller Ihres Browsers", (string?)settings["texts"]!["voiceBrowser"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_gives_no_token_is_a_502()
    {
        await using var host = CitySpeechHost(new TokenIssuer(HttpStatusCode.Unauthorized));
        using var client = host.Client(null);

        using var response = await client.PostAsync("/api/webchat/speech-token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Theory]
    [InlineData("WebChat:SpeechService:Key")]
    [InlineData("WebChat:SpeechService:Processor")]
    public void A_region_without_its_key_or_processor_stops_the_bot_at_start(string missing)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WebChat:SpeechService:Region"] = "germanywestcentral",
            ["WebChat:SpeechService:Key"] = Key,
            ["WebChat:SpeechService:Processor"] = Processor,
        };
        settings.Remove(missing);
        using var broken = new BotApplicationFactory(settings: settings);

        var exception = Record.Exception(() => broken.CreateClient());

        var validation = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(exception?.GetBaseException() ?? exception);
        Assert.Contains(missing, validation.Message, StringComparison.Ordinal);
    }

    private static BotApplicationFactory CitySpeechHost(TokenIssuer issuer) => new(
        settings: new Dictionary<string, string?>
        {
            ["WebChat:SpeechService:Region"] = "germanywestcentral",
            ["WebChat:SpeechService:Key"] = Key,
            ["WebChat:SpeechService:Processor"] = Processor,
        },
        services: services => services.AddHttpClient(CitySpeechService.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => issuer));

    [GeneratedRegex("<script type=\"application/json\" id=\"settings\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SettingsBlock();

    /// <summary>Answers as Azure's <c>issueToken</c> does, and records what it was sent.</summary>
    private sealed class TokenIssuer(HttpStatusCode status) : HttpMessageHandler
    {
        public List<string> KeysSeen { get; } = [];

        public List<string> UrlsSeen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            UrlsSeen.Add(request.RequestUri!.ToString());
            KeysSeen.AddRange(request.Headers.TryGetValues("Ocp-Apim-Subscription-Key", out var keys) ? keys : []);
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(status == HttpStatusCode.OK ? "issued-token" : string.Empty) });
        }
    }
}
