using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.WebChat;

/// <summary>The chat page (section <c>WebChat</c>): which Direct Line it talks to and where the Web Chat bundle is.</summary>
public sealed class WebChatOptions : IValidatableObject
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
    /// Offer the microphone where the browser has the Web Speech API. The browser decides where speech is
    /// recognised (Chrome sends the audio to Google's service); a city that must avoid that sets this to false.
    /// </summary>
    public bool Speech { get; set; } = true;

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
}
