using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

// ChannelValidation, EmulatorValidation and SkillValidation are marked obsolete in favour of
// ConfigurationBotFrameworkAuthentication, which this class wraps; their public parts are used because the wrapped
// class offers no way to bound or inject the key download.
#pragma warning disable CS0618

namespace Haltern.Bot.Security;

/// <summary>
/// The SDK's <see cref="ConfigurationBotFrameworkAuthentication"/> made safe to face the internet:
/// <list type="bullet">
/// <item>Every way a token can fail (missing, garbage, forged, expired, keys that cannot be fetched, a key server
/// that does not answer) ends in <see cref="UnauthorizedAccessException"/> (401) within
/// <see cref="BotSecurityOptions.AuthenticationTimeout"/>, never in another exception (500) or a hang.</item>
/// <item>Public-cloud channel tokens are validated with the SDK's own <see cref="JwtTokenExtractor"/>, but with an
/// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> (named <see cref="KeysHttpClientName"/>), so the
/// key download has a timeout and a test can serve its own signing key at that boundary.</item>
/// <item>In anonymous mode (no <c>MicrosoftAppId</c>) the bot only calls back to a loopback <c>serviceUrl</c>:
/// an anonymous client cannot make it send requests to other hosts.</item>
/// </list>
/// </summary>
public sealed class GuardedBotFrameworkAuthentication : BotFrameworkAuthentication
{
    /// <summary>The named <see cref="HttpClient"/> that fetches the channel's OpenID metadata and signing keys.</summary>
    public const string KeysHttpClientName = "Haltern.Bot.ChannelKeys";

    private readonly BotFrameworkAuthentication _inner;
    private readonly AnonymousModePolicy _anonymous;
    private readonly BotSecurityOptions _options;
    private readonly ILogger _logger;
    private readonly string? _appId;
    private readonly string _tokenIssuer;
    private readonly string _callerId;
    private readonly bool _publicCloud;
    private readonly Lazy<JwtTokenExtractor> _channelTokens;
    private readonly ReusedClients _clients;

    public GuardedBotFrameworkAuthentication(
        IConfiguration configuration,
        AnonymousModePolicy anonymous,
        IOptions<BotSecurityOptions> options,
        IHttpClientFactory httpClientFactory,
        ILogger<GuardedBotFrameworkAuthentication> logger,
        ReusedClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _clients = clients;
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(anonymous);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(logger);

        _inner = new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: httpClientFactory, logger: logger);
        _anonymous = anonymous;
        _options = options.Value;
        _logger = logger;
        _appId = configuration["MicrosoftAppId"];
        _tokenIssuer = NonEmpty(configuration["ToBotFromChannelTokenIssuer"]) ?? AuthenticationConstants.ToBotFromChannelTokenIssuer;
        _callerId = NonEmpty(configuration["CallerId"]) ?? CallerIdConstants.PublicAzureChannel;
        _publicCloud = string.IsNullOrWhiteSpace(configuration["ChannelService"]);

        var metadataUrl = NonEmpty(configuration["ToBotFromChannelOpenIdMetadataUrl"]) ?? _options.ChannelOpenIdMetadataUrl;
        _channelTokens = new Lazy<JwtTokenExtractor>(() =>
        {
            var parameters = ChannelValidation.ToBotFromChannelTokenValidationParameters.Clone();
            parameters.ValidIssuers = [_tokenIssuer];
            var httpClient = httpClientFactory.CreateClient(KeysHttpClientName);
            httpClient.Timeout = _options.AuthenticationTimeout;
            return new JwtTokenExtractor(httpClient, parameters, metadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
        });
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (_anonymous.IsAnonymous)
        {
            if (activity.DeliveryMode != DeliveryModes.ExpectReplies && !IsLoopback(activity.ServiceUrl))
            {
                _logger.LogWarning("Rejected an anonymous activity whose serviceUrl is not a loopback address");
                throw new UnauthorizedAccessException("Anonymous mode only answers a loopback serviceUrl.");
            }

            return Reusing(await GuardAsync(ct => _inner.AuthenticateRequestAsync(activity, authHeader, ct), cancellationToken));
        }

        if (string.IsNullOrWhiteSpace(authHeader))
        {
            throw new UnauthorizedAccessException("No Authorization header.");
        }

        return Reusing(await GuardAsync(
            async ct =>
            {
                if (!_publicCloud || EmulatorValidation.IsTokenFromEmulator(authHeader) || SkillValidation.IsSkillToken(authHeader))
                {
                    // Government/enterprise clouds, the Emulator with an app id, skills: the SDK's own path, bounded.
                    return await _inner.AuthenticateRequestAsync(activity, authHeader, ct);
                }

                var identity = await ValidateChannelTokenAsync(activity, authHeader);
                return new AuthenticateRequestResult
                {
                    ClaimsIdentity = identity,
                    Audience = _inner.GetOriginatingAudience(),
                    CallerId = _callerId,
                    ConnectorFactory = _inner.CreateConnectorFactory(identity),
                };
            },
            cancellationToken));
    }

    /// <summary>The result with a connector factory whose clients are reused across turns (see <see cref="ReusedClients"/>).</summary>
    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = _clients.Wrap(factory, result.ClaimsIdentity);
        }

        return result;
    }

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(ct => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, ct), cancellationToken);

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(ct => _inner.AuthenticateChannelRequestAsync(authHeader, ct), cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Wrap(_inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _clients.UserTokenClientAsync(claimsIdentity, ct => _inner.CreateUserTokenClientAsync(claimsIdentity, ct), cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    /// <summary>True for an absolute http(s) URL on a loopback address (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;

    private async Task<ClaimsIdentity> ValidateChannelTokenAsync(Activity activity, string authHeader)
    {
        // The checks of the SDK's ChannelValidation.AuthenticateChannelToken, on an extractor whose key download we control.
        var identity = await _channelTokens.Value.GetIdentityAsync(authHeader, activity.ChannelId);
        if (identity is null || !identity.IsAuthenticated)
        {
            throw new UnauthorizedAccessException("No valid identity.");
        }

        var audience = identity.Claims.FirstOrDefault(c => c.Issuer == _tokenIssuer && c.Type == AuthenticationConstants.AudienceClaim)?.Value;
        if (string.IsNullOrWhiteSpace(audience) || !string.Equals(audience, _appId, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("The token is not meant for this bot.");
        }

        var serviceUrl = identity.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrWhiteSpace(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("The token's serviceurl does not match the activity.");
        }

        return identity;
    }

    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> authenticate, CancellationToken cancellationToken)
    {
        try
        {
            return await authenticate(cancellationToken).WaitAsync(_options.AuthenticationTimeout, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Channel token validation did not finish within {Timeout}", _options.AuthenticationTimeout);
            throw new UnauthorizedAccessException("Token validation timed out.");
        }
        catch (Exception exception)
        {
            // Garbage tokens (ArgumentException), bad signatures and lifetimes (SecurityTokenException), keys that
            // cannot be fetched (InvalidOperationException, HttpRequestException): whatever failed, the caller is not
            // authenticated, and that is the caller's problem (401), not the server's (500).
            _logger.LogWarning("Channel token rejected: {Reason}", exception.GetType().Name);
            throw new UnauthorizedAccessException("Invalid token.", exception);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
