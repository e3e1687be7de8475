using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>What a valid token grants: one conversation, optionally one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

/// <summary>The outcome of checking a bearer credential.</summary>
public enum CredentialCheck
{
    /// <summary>The credential is the Direct Line secret.</summary>
    Secret,

    /// <summary>The credential is a valid, unexpired token.</summary>
    Token,

    /// <summary>Missing, malformed or not signed by this server: 401.</summary>
    Invalid,

    /// <summary>Signed by this server but expired: 403 (Direct Line clients read 403 as "expired").</summary>
    Expired,
}

/// <summary>
/// Issues and checks Direct Line tokens: <c>base64url(payload).base64url(HMAC-SHA256)</c>, scoped to one
/// conversation, with an expiry. The secret is compared in constant time.
/// </summary>
public sealed class DirectLineTokenService
{
    private readonly byte[] _signingKey;
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, [FromKeyedServices(DirectLineExtensions.ClockKey)] TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var value = options.Value;
        _signingKey = value.TokenSigningKey.Length > 0
            ? SHA256.HashData(Encoding.UTF8.GetBytes(value.TokenSigningKey))
            : RandomNumberGenerator.GetBytes(32);
        _secret = Encoding.UTF8.GetBytes(value.Secret);
        _time = time;
        _lifetime = value.TokenLifetime;
    }

    /// <summary>Seconds a new token is valid, as <c>expires_in</c>.</summary>
    public int ExpiresInSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>Whether a secret is configured at all.</summary>
    public bool HasSecret => _secret.Length > 0;

    /// <summary>A new random conversation id.</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new random user id for a citizen who brought none.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>Issues a token for one conversation (and user), valid for the configured lifetime from now.</summary>
    public string Issue(string conversationId, string? userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var payload = new TokenPayload(conversationId, userId, _time.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds());
        var payloadBytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        var signature = HMACSHA256.HashData(_signingKey, payloadBytes);
        return Base64Url.EncodeToString(payloadBytes) + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Checks a bearer credential: the secret, a token of this server, or neither.</summary>
    public CredentialCheck Check(string? credential, out DirectLineGrant? grant)
    {
        grant = null;
        if (string.IsNullOrEmpty(credential) || credential.Length > 2_048)
        {
            return CredentialCheck.Invalid;
        }

        var bytes = Encoding.UTF8.GetBytes(credential);
        if (_secret.Length > 0 && CryptographicOperations.FixedTimeEquals(bytes, _secret))
        {
            return CredentialCheck.Secret;
        }

        var dot = credential.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == credential.Length - 1)
        {
            return CredentialCheck.Invalid;
        }

        byte[] payloadBytes;
        byte[] signature;
        try
        {
            payloadBytes = Base64Url.DecodeFromChars(credential.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(credential.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return CredentialCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_signingKey, payloadBytes), signature))
        {
            return CredentialCheck.Invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TokenPayload>(payloadBytes);
        }
        catch (JsonException)
        {
            return CredentialCheck.Invalid;
        }

        if (payload is null || string.IsNullOrEmpty(payload.C))
        {
            return CredentialCheck.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.E);
        if (expiresAt <= _time.GetUtcNow())
        {
            return CredentialCheck.Expired;
        }

        grant = new DirectLineGrant(payload.C, payload.U, expiresAt);
        return CredentialCheck.Token;
    }

    private sealed record TokenPayload(string C, string? U, long E);
}
