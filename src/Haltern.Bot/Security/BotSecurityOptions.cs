using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.Security;

/// <summary>
/// Configuration section <c>Bot</c>: how the bot protects <c>/api/messages</c>. The channel credentials themselves
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …) stay flat root keys, where the SDK reads them.
/// </summary>
public sealed class BotSecurityOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// Allows serving <c>/api/messages</c> without a <c>MicrosoftAppId</c> outside Development. Only for an
    /// isolated network where nothing but trusted clients can reach the bot. Off by default: in Production the bot
    /// refuses to start without an app id.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>How long validating a channel token may take, key download included, before the request gets 401.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Where the Bot Framework channel's OpenID metadata (and through it the signing keys) is fetched. The SDK's
    /// public-cloud default; a test or a private key service can point it elsewhere without switching the SDK to its
    /// parameterized (all-URLs-required) mode, which setting <c>ToBotFromChannelOpenIdMetadataUrl</c> would do.
    /// </summary>
    [Required]
    [Url]
    public string ChannelOpenIdMetadataUrl { get; set; } = Microsoft.Bot.Connector.Authentication.AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;

    /// <summary>Bodies larger than this get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>JSON nested deeper than this gets 400.</summary>
    [Range(8, 128)]
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Ids (conversation, channel, user) longer than this get 400: they become keys in the state store.</summary>
    [Range(16, 4096)]
    public int MaxIdLength { get; set; } = 512;
}
