using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Haltern.Bot.Tests.Security;

/// <summary>
/// Plays the Bot Framework's OpenID metadata and key endpoints (login.botframework.com, unreachable here) at the
/// one boundary the bot lets us replace: the primary handler of its key-download <see cref="HttpClient"/>. Mints
/// channel tokens signed with its own RSA key, or with a stranger's.
/// </summary>
public sealed class ChannelKeyServer : HttpMessageHandler
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "haltern-test-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _strangerKey = RSA.Create(2048);
    private readonly string _base = $"https://login.test.invalid/{Guid.NewGuid():N}";

    /// <summary>What the server does: answer, fail, or never answer.</summary>
    public KeyServerMode Mode { get; set; } = KeyServerMode.Answer;

    /// <summary>The metadata URL to configure as <c>ToBotFromChannelOpenIdMetadataUrl</c> (unique per instance: the SDK caches per URL).</summary>
    public string MetadataUrl => $"{_base}/v1/.well-known/openidconfiguration";

    public int Requests;

    /// <summary>A channel token as Azure Bot Service would send it, with each part overridable.</summary>
    public string Token(string audience, string serviceUrl, string issuer = Issuer, TimeSpan? lifetime = null, bool stranger = false, string keyId = KeyId)
    {
        var key = new RsaSecurityKey(stranger ? _strangerKey : _key) { KeyId = keyId };
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(30));
        var notBefore = expires < now ? expires - TimeSpan.FromHours(1) : now - TimeSpan.FromMinutes(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        switch (Mode)
        {
            case KeyServerMode.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case KeyServerMode.Fail:
                throw new HttpRequestException("Name or service not known (login.botframework.com:443)");
        }

        var url = request.RequestUri!.ToString();
        string json;
        if (url == MetadataUrl)
        {
            json = $$"""
                {"issuer":"{{Issuer}}","authorization_endpoint":"https://invalid.test/auth","jwks_uri":"{{_base}}/v1/.well-known/keys",
                 "id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["private_key_jwt"]}
                """;
        }
        else if (url == $"{_base}/v1/.well-known/keys")
        {
            var parameters = _key.ExportParameters(false);
            json = $$"""
                {"keys":[{"kty":"RSA","use":"sig","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}",
                 "endorsements":["test","msteams","webchat","directline"]}]}
                """;
        }
        else
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    protected override void Dispose(bool disposing)
    {
        // Shared by the HttpClientFactory's handler chains for the whole test; the keys live as long as the test.
    }
}

/// <summary>How <see cref="ChannelKeyServer"/> behaves.</summary>
public enum KeyServerMode
{
    Answer,
    Fail,
    Hang,
}
