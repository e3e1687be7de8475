using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>The bot configured with a speech service the city controls (<c>WebChat:SpeechService</c>).</summary>
public sealed class CitySpeechPageServer : ChatPageServer
{
    public const string Processor = "Microsoft Azure AI Speech (Rechenzentrum Frankfurt)";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["WebChat:SpeechService:Region"] = "germanywestcentral",
        ["WebChat:SpeechService:Key"] = "speech-key-0123456789",
        ["WebChat:SpeechService:Processor"] = Processor,
    };
}

/// <summary>
/// With the city's own speech service the widget names it instead of the browser's vendor, and the microphone
/// still stays off, without even a token for the service, until the citizen turns voice input on. (The service
/// itself is Azure's and cannot be reached from the tests.)
/// </summary>
public sealed class CitySpeechWidgetTests(CitySpeechPageServer server) : IClassFixture<CitySpeechPageServer>
{
    [Fact]
    public async Task The_citys_speech_service_is_named_and_stays_off_until_the_citizen_turns_it_on()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var speechTokens = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/webchat/speech-token", StringComparison.Ordinal))
            {
                speechTokens.Add(request.Url);
            }
        };
        var widget = new Widget(page);
        var microphone = widget.Frame.Locator(".webchat__microphone-button button");
        await page.GotoAsync(server.City.Page("/buergerbuero").ToString());
        await widget.Launcher.ClickAsync();
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await widget.Frame.Locator("#voice summary").ClickAsync();
        var notice = await widget.Frame.Locator("#voice-text").InnerTextAsync();
        Assert.Contains(CitySpeechPageServer.Processor + " im Auftrag der Stadt", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Google", notice, StringComparison.Ordinal);
        Assert.Equal(0, await microphone.CountAsync());
        Assert.Empty(speechTokens);

        await widget.Frame.Locator("#voice-toggle").ClickAsync();

        await Assertions.Expect(microphone).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }
}
