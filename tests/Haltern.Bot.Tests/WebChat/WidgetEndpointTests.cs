using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Haltern.Bot.Tests.DirectLine;
using Haltern.Bot.WebChat;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.WebChat;

/// <summary>
/// The widget's HTTP side: <c>/embed.js</c> for the city's pages, the frame at <c>/widget</c> in the page's
/// language with the configured colour, and its notice filled from the configuration.
/// </summary>
public sealed partial class WidgetEndpointTests(BotApplicationFactory host) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task Embed_script_is_javascript_other_sites_may_load()
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync("/embed.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Contains("/widget?", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "de", "Chat mit dem Haltern.Bot")]
    [InlineData("de", "de", "Chat mit dem Haltern.Bot")]
    [InlineData("en", "en", "Chat with the Haltern.Bot")]
    [InlineData("en-GB", "en", "Chat with the Haltern.Bot")]
    [InlineData("fr", "de", "Chat mit dem Haltern.Bot")]
    [InlineData("<script>", "de", "Chat mit dem Haltern.Bot")]
    public async Task The_frame_speaks_the_pages_language(string? lang, string expected, string name)
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync(lang is null ? "/widget" : $"/widget?lang={Uri.EscapeDataString(lang)}");
        var html = await response.Content.ReadAsStringAsync();
        var settings = Settings(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Equal(expected, (string?)settings["lang"]);
        Assert.Equal(name, (string?)settings["texts"]!["open"]);
        Assert.DoesNotContain("<script>\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_notice_says_what_the_configuration_keeps()
    {
        await using var shorter = new BotApplicationFactory(settings: new Dictionary<string, string?>()
        {
            ["DirectLine:ConversationIdleTimeout"] = "00:15:00",
            ["Staff:RetentionDays"] = "7",
        });
        using var client = shorter.Client(null);

        var settings = Settings(await client.GetStringAsync("/widget"));
        var notice = string.Join(" ", settings["texts"]!["privacy"]!.AsArray().Select(p => (string?)p));

        Assert.Contains("15 Minuten nach Ihrer letzten Nachricht", notice, StringComparison.Ordinal);
        Assert.Contains("7 Tage", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("{", notice, StringComparison.Ordinal);
        Assert.False((bool)settings["externalDirectLine"]!);
    }

    [Fact]
    public async Task The_accent_colour_comes_from_the_configuration()
    {
        await using var green = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["WebChat:AccentColor"] = "#1A6B2F" });
        using var client = green.Client(null);

        var html = await client.GetStringAsync("/widget");

        Assert.Contains("--accent: #1a6b2f;", html, StringComparison.Ordinal);
        Assert.Contains($"--accent-dark: {AccentColors.Darker("#1a6b2f", 0.35)};", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#ffcc00")] // yellow: white text on it is unreadable
    [InlineData("blue")]
    [InlineData("#00f")]
    [InlineData("#004a8f; background: url(x)")]
    public void An_accent_colour_that_is_unreadable_or_no_colour_stops_the_bot_at_start(string colour)
    {
        using var broken = new BotApplicationFactory(settings: new Dictionary<string, string?>() { ["WebChat:AccentColor"] = colour });

        var exception = Record.Exception(() => broken.CreateClient());

        var validation = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(exception?.GetBaseException() ?? exception);
        Assert.Contains("WebChat:AccentColor", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#004a8f", 8.8)]
    [InlineData("#767676", 4.5)]
    [InlineData("#ffffff", 1.0)]
    public void Contrast_with_white_is_WCAGs(string colour, double expected) =>
        Assert.Equal(expected, AccentColors.ContrastWithWhite(colour), 1);

    private static JsonObject Settings(string html) =>
        JsonNode.Parse(SettingsBlock().Match(html).Groups[1].Value)!.AsObject();

    [GeneratedRegex("<script type=\"application/json\" id=\"settings\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SettingsBlock();
}
