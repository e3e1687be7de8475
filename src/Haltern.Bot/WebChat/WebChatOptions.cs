using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Haltern.Bot.WebChat;

/// <summary>
/// The chat page and the embeddable widget (section <c>WebChat</c>): which sites may embed it, its colour, which
/// Direct Line it talks to and where the Web Chat bundle is.
/// </summary>
public sealed partial class WebChatOptions : IValidatableObject
{
    public const string SectionName = "WebChat";

    /// <summary>
    /// Empty: the page talks to the bot's own Direct Line (<c>/v3/directline</c>). Set (for example
    /// <c>https://europe.directline.botframework.com/v3/directline</c>): the page talks to Azure's Direct Line, and
    /// the bot fetches tokens there with <see cref="DirectLineSecret"/>.
    /// </summary>
    public string DirectLineDomain { get; set; } = string.Empty;

    /// <summary>The Azure Direct Line channel's secret, used only with <see cref="DirectLineDomain"/>; never sent to the browser.</summary>
    public string DirectLineSecret { get; set; } = string.Empty;

    /// <summary>
    /// The city's sites that may embed the widget (<c>https://www.haltern-am-see.de</c>: scheme, host and port, no
    /// path). Only they may frame it, and the token endpoint and the Direct Line API answer CORS only for them and
    /// the bot's own origin; a browser request from any other origin gets 403.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// The widget's colour (<c>#rrggbb</c>): the chat button, headings, the citizen's bubbles. White text sits on
    /// it, so it must reach WCAG's 4.5:1 against white.
    /// </summary>
    public string AccentColor { get; set; } = "#004a8f";

    /// <summary>
    /// Offer voice input (after the citizen's consent): through <see cref="SpeechService"/> when configured, else
    /// where the browser has the Web Speech API, whose vendor then recognises the speech (Chrome sends the audio
    /// to Google's service). False: never.
    /// </summary>
    public bool Speech { get; set; } = true;

    /// <summary>A speech service the city controls; when configured, the widget uses it instead of the browser's.</summary>
    public CitySpeechServiceOptions SpeechService { get; set; } = new();

    /// <summary>
    /// Web Chat's UMD bundle, installed by npm at build time: relative to the content root, else the build's copy
    /// next to the bot (<c>WebChat/webchat.js</c>) is used.
    /// </summary>
    [Required]
    public string BundlePath { get; set; } = "WebChat/node_modules/botframework-webchat/dist/webchat.js";

    /// <summary>The page's own files: relative to the content root, else the build's copy next to the bot.</summary>
    [Required]
    public string PagePath { get; set; } = "WebChat/Page";

    /// <summary>True when the page talks to Azure's Direct Line instead of the built-in one.</summary>
    public bool UsesExternalDirectLine => DirectLineDomain.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (WebChatOrigins.Normalize(origin) is null)
            {
                yield return new ValidationResult(
                    $"WebChat:AllowedOrigins: '{origin}' is not an origin; write scheme, host and port only, for example https://www.haltern-am-see.de.",
                    [nameof(AllowedOrigins)]);
            }
        }

        if (!HexColor().IsMatch(AccentColor))
        {
            yield return new ValidationResult("WebChat:AccentColor must be a colour written #rrggbb.", [nameof(AccentColor)]);
        }
        else if (AccentColors.ContrastWithWhite(AccentColor) < AccentColors.MinimumContrast)
        {
            yield return new ValidationResult(
                $"WebChat:AccentColor {AccentColor} is too light: white text on it reaches {AccentColors.ContrastWithWhite(AccentColor):0.0}:1, WCAG asks for {AccentColors.MinimumContrast}:1.",
                [nameof(AccentColor)]);
        }

        foreach (var result in SpeechService.Validate(validationContext))
        {
            yield return result;
        }

        if (UsesExternalDirectLine)
        {
            if (!Uri.TryCreate(DirectLineDomain, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                yield return new ValidationResult("WebChat:DirectLineDomain must be an absolute http(s) URL.", [nameof(DirectLineDomain)]);
            }

            if (DirectLineSecret.Length == 0)
            {
                yield return new ValidationResult("WebChat:DirectLineSecret is needed with WebChat:DirectLineDomain.", [nameof(DirectLineSecret)]);
            }
        }
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
