using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.DirectLine;

/// <summary>
/// What every Direct Line call reads from its request: the caller's credential (the secret, or a token for one
/// conversation), a bounded UTF-8 body, the optional user id, and the addresses the answers name.
/// </summary>
internal sealed class DirectLineCaller(DirectLineTokenService tokens, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
{
    private const string BearerScheme = "Bearer ";

    private readonly int _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    /// <summary>Checks the bearer credential, or <paramref name="credential"/> when given (the stream's <c>t</c>).</summary>
    public CredentialCheck Authenticate(HttpContext context, out DirectLineGrant? grant, string? credential = null) =>
        tokens.Check(credential ?? BearerOf(context), out grant);

    /// <summary>Null when the caller may use this conversation; otherwise the 401/403 to answer.</summary>
    public DirectLineError? Authorize(HttpContext context, string conversationId, out DirectLineGrant? grant, string? credential = null)
    {
        switch (Authenticate(context, out grant, credential))
        {
            case CredentialCheck.Secret:
                return null;
            case CredentialCheck.Token when string.Equals(grant!.ConversationId, conversationId, StringComparison.Ordinal):
                return null;
            case CredentialCheck.Token:
                return DirectLineError.Forbidden("The token is for another conversation.");
            case CredentialCheck.Expired:
                return DirectLineError.Forbidden("The token has expired.");
            default:
                return DirectLineError.Unauthorized();
        }
    }

    public static string? BearerOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase) ? header[BearerScheme.Length..].Trim() : null;
    }

    /// <summary>Reads a body of at most <c>MaxRequestBodyBytes</c> (a larger one is a 413) that must be UTF-8.</summary>
    public async Task<(string Body, DirectLineError? Error)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BotRequestReader.ReadBoundedAsync(request, _maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (string.Empty, DirectLineError.TooLarge());
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(body), null);
        }
        catch (DecoderFallbackException)
        {
            return (string.Empty, DirectLineError.BadRequest("The body must be UTF-8."));
        }
    }

    /// <summary>Reads the optional <c>{"user":{"id":…}}</c> of tokens/generate and conversations.</summary>
    public static bool TryReadUserId(string body, out string? userId, out DirectLineError? error)
    {
        userId = null;
        error = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return true;
        }

        try
        {
            var json = JsonConvert.DeserializeObject<JToken>(body, DirectLineJson.Settings);
            if (json is JObject { } root && root["user"] is JObject user && user["id"] is JValue { Type: JTokenType.String } id)
            {
                userId = (string?)id;
            }
        }
        catch (JsonException)
        {
            error = DirectLineError.BadRequest("The body must be JSON.");
            return false;
        }

        if (userId is { Length: 0 or > 256 })
        {
            error = DirectLineError.BadRequest("user.id must be 1 to 256 characters.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The client for the per-client cap: the peer address (after forwarded headers, when a proxy is configured).
    /// Loopback and no address (a proxy on this machine without forwarded headers, an in-process host) are one
    /// client that nobody can tell apart: not capped, or one address would stand for the whole town.
    /// </summary>
    public static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is null || System.Net.IPAddress.IsLoopback(address) ? string.Empty : DirectLineRateLimiter.ClientKey(address);
    }

    /// <summary>The serviceUrl of activities on this server.</summary>
    public static string ServiceUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
}
