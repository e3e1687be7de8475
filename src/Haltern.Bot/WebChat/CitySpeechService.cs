using System.ComponentModel.DataAnnotations;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.WebChat;

/// <summary>
/// A speech service the city controls (section <c>WebChat:SpeechService</c>): Azure AI Speech in the city's own
/// subscription and region. When set, the widget recognises and speaks through it instead of the browser's
/// vendor, and the voice notice names <see cref="Processor"/>.
/// </summary>
public sealed partial class CitySpeechServiceOptions : IValidatableObject
{
    /// <summary>The Azure region of the Speech resource (<c>germanywestcentral</c>); empty: no city speech service.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>The resource's key; stays on the server, which exchanges it for 10-minute tokens.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Who processes the recording, as the notice names it (<c>Microsoft Azure AI Speech (Rechenzentrum Frankfurt)</c>); the notice adds "im Auftrag der Stadt".</summary>
    public string Processor { get; set; } = string.Empty;

    /// <summary>Where tokens are issued; empty: <c>https://{Region}.api.cognitive.microsoft.com/sts/v1.0/issueToken</c>.</summary>
    public string TokenEndpoint { get; set; } = string.Empty;

    /// <summary>True when a region is configured.</summary>
    public bool IsConfigured => Region.Length > 0;

    /// <summary>The token endpoint to call.</summary>
    public Uri TokenUri => new(TokenEndpoint.Length > 0 ? TokenEndpoint : $"https://{Region}.api.cognitive.microsoft.com/sts/v1.0/issueToken");

    /// <summary>The hosts the browser talks to for recognition and synthesis, for the frame's connect-src.</summary>
    public string ConnectSources => $"https://{Region}.api.cognitive.microsoft.com wss://{Region}.stt.speech.microsoft.com https://{Region}.tts.speech.microsoft.com";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!RegionName().IsMatch(Region))
        {
            yield return new ValidationResult("WebChat:SpeechService:Region must be an Azure region name such as germanywestcentral.", [nameof(Region)]);
        }

        if (Key.Length == 0)
        {
            yield return new ValidationResult("WebChat:SpeechService:Key is needed with WebChat:SpeechService:Region.", [nameof(Key)]);
        }

        if (string.IsNullOrWhiteSpace(Processor))
        {
            yield return new ValidationResult("WebChat:SpeechService:Processor must name who processes the recordings; the voice notice tells citizens.", [nameof(Processor)]);
        }

        if (TokenEndpoint.Length > 0 && (!Uri.TryCreate(TokenEndpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("WebChat:SpeechService:TokenEndpoint must be an absolute http(s) URL.", [nameof(TokenEndpoint)]);
        }
    }

    [GeneratedRegex("^[a-z0-9]{2,40}$")]
    private static partial Regex RegionName();
}

/// <summary>What the widget needs for the city's speech service: the region and a short-lived token.</summary>
public sealed record CitySpeechToken(
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("authorizationToken")] string AuthorizationToken);

/// <summary>Exchanges the Speech resource's key for a token (Azure's <c>issueToken</c>), so the key never reaches the browser.</summary>
public sealed class CitySpeechService(IHttpClientFactory httpClients, IOptions<WebChatOptions> options)
{
    /// <summary>The named HttpClient that calls the token endpoint.</summary>
    public const string HttpClientName = "WebChat.Speech";

    private readonly CitySpeechServiceOptions _options = options.Value.SpeechService;

    public bool IsConfigured => _options.IsConfigured;

    public async Task<CitySpeechToken> IssueTokenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.TokenUri) { Content = new ByteArrayContent([]) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        return token.Length > 0 ? new CitySpeechToken(_options.Region, token) : throw new HttpRequestException("The speech service issued an empty token.");
    }
}
