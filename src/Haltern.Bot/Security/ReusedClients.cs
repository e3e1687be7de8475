using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Haltern.Bot.Security;

/// <summary>
/// The outbound clients of a turn, made once per bot identity and channel endpoint instead of once per turn. The
/// SDK's adapter asks for a new <see cref="ConnectorClient"/> and a new <see cref="UserTokenClient"/> on every
/// activity and disposes them afterwards; building them (HTTP pipeline, user-agent strings read by reflection)
/// costs more CPU than the rest of a short turn. The clients are thread-safe and hold no per-turn state, so one
/// serves every turn with the same key; the leases handed to the SDK ignore its Dispose. The number kept is
/// bounded: past it, a client is made and disposed per turn, as the SDK does.
/// </summary>
public sealed class ReusedClients : IDisposable
{
    /// <summary>How many distinct (identity, endpoint, audience) clients are kept.</summary>
    internal const int Bound = 256;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string Audience), Task<IConnectorClient>> _connectors = new();
    private readonly ConcurrentDictionary<string, Task<UserTokenClient>> _userTokens = new(StringComparer.Ordinal);

    /// <summary>How many connector clients are kept now.</summary>
    public int ConnectorCount => _connectors.Count;

    /// <summary>A factory whose clients are reused across turns of the same identity.</summary>
    public ConnectorFactory Wrap(ConnectorFactory inner, ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner is ReusingConnectorFactory ? inner : new ReusingConnectorFactory(this, inner, AppIdOf(identity));
    }

    /// <summary>The user-token client of <paramref name="identity"/>, made once.</summary>
    public async Task<UserTokenClient> UserTokenClientAsync(ClaimsIdentity identity, Func<CancellationToken, Task<UserTokenClient>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var appId = AppIdOf(identity);
        if (!_userTokens.ContainsKey(appId) && _userTokens.Count >= Bound)
        {
            return await create(cancellationToken);
        }

        var made = _userTokens.GetOrAdd(appId, _ => create(CancellationToken.None));
        try
        {
            return new UserTokenClientLease(await made.WaitAsync(cancellationToken));
        }
        catch (Exception) when (made.IsFaulted || made.IsCanceled)
        {
            _userTokens.TryRemove(new KeyValuePair<string, Task<UserTokenClient>>(appId, made));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var client in _connectors.Values.Where(t => t.IsCompletedSuccessfully))
        {
            client.Result.Dispose();
        }

        foreach (var client in _userTokens.Values.Where(t => t.IsCompletedSuccessfully))
        {
            client.Result.Dispose();
        }

        _connectors.Clear();
        _userTokens.Clear();
    }

    /// <summary>What tells identities apart for the clients made for them: the audience and the calling app.</summary>
    private static string AppIdOf(ClaimsIdentity? identity) =>
        identity is null
            ? string.Empty
            : string.Join('|', identity.Claims
                .Where(c => c.Type is AuthenticationConstants.AudienceClaim or AuthenticationConstants.AppIdClaim or AuthenticationConstants.AuthorizedParty)
                .Select(c => c.Type + "=" + c.Value));

    private async Task<IConnectorClient> ConnectorAsync(ConnectorFactory inner, string appId, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl ?? string.Empty, audience ?? string.Empty);
        if (!_connectors.ContainsKey(key) && _connectors.Count >= Bound)
        {
            return await inner.CreateAsync(serviceUrl, audience, cancellationToken); // the SDK disposes it after the turn
        }

        var made = _connectors.GetOrAdd(key, _ => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
        try
        {
            return new ConnectorClientLease(await made.WaitAsync(cancellationToken));
        }
        catch (Exception) when (made.IsFaulted || made.IsCanceled)
        {
            _connectors.TryRemove(new KeyValuePair<(string, string, string), Task<IConnectorClient>>(key, made));
            throw;
        }
    }

    private sealed class ReusingConnectorFactory(ReusedClients clients, ConnectorFactory inner, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            clients.ConnectorAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A shared connector client whose Dispose (called by the SDK after every turn) leaves it open.</summary>
    private sealed class ConnectorClientLease(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => throw new NotSupportedException("A shared connector client's endpoint cannot change.");
        }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }

    /// <summary>A shared user-token client whose Dispose leaves it open.</summary>
    private sealed class UserTokenClientLease(UserTokenClient client) : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            client.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            client.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            client.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            client.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            client.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            client.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
