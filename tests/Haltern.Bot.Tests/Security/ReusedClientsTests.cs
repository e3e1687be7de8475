using System.Security.Claims;
using Haltern.Bot.Security;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Moq;

namespace Haltern.Bot.Tests.Security;

public sealed class ReusedClientsTests
{
    private static readonly ClaimsIdentity Bot = new([new Claim(AuthenticationConstants.AudienceClaim, "app-1")]);

    [Fact]
    public async Task Turns_with_the_same_identity_and_endpoint_share_one_client_that_the_sdk_cannot_dispose()
    {
        using var clients = new ReusedClients();
        var made = new List<ConnectorClient>();
        var factory = Factory(made);

        var first = await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:5000/", "audience", CancellationToken.None);
        first.Dispose(); // the SDK does this after every turn
        var second = await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:5000/", "audience", CancellationToken.None);

        var client = Assert.Single(made);
        Assert.Equal(client.BaseUri, second.BaseUri);
        Assert.NotNull(second.Conversations);
        Assert.Equal(1, clients.ConnectorCount);
    }

    [Fact]
    public async Task Another_endpoint_audience_or_identity_gets_its_own_client()
    {
        using var clients = new ReusedClients();
        var made = new List<ConnectorClient>();
        var factory = Factory(made);
        var other = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-2")]);

        await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:5000/", "audience", CancellationToken.None);
        await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:5001/", "audience", CancellationToken.None);
        await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:5000/", "other audience", CancellationToken.None);
        await clients.Wrap(factory, other).CreateAsync("http://127.0.0.1:5000/", "audience", CancellationToken.None);

        Assert.Equal(4, made.Count);
        Assert.Equal(
            ["http://127.0.0.1:5000/", "http://127.0.0.1:5001/", "http://127.0.0.1:5000/", "http://127.0.0.1:5000/"],
            made.Select(c => c.BaseUri.ToString()));
    }

    [Fact]
    public async Task Past_the_bound_clients_are_made_per_turn_and_nothing_more_is_kept()
    {
        using var clients = new ReusedClients();
        var made = new List<ConnectorClient>();
        var factory = Factory(made);

        for (var port = 0; port < ReusedClients.Bound + 10; port++)
        {
            await clients.Wrap(factory, Bot).CreateAsync($"http://127.0.0.1:{10000 + port}/", "audience", CancellationToken.None);
        }

        var unkept = await clients.Wrap(factory, Bot).CreateAsync("http://127.0.0.1:9999/", "audience", CancellationToken.None);

        Assert.Equal(ReusedClients.Bound, clients.ConnectorCount);
        Assert.Same(made[^1], unkept); // the SDK's own client, disposed by the SDK after the turn
    }

    [Fact]
    public async Task A_client_that_could_not_be_made_is_tried_again_next_turn()
    {
        using var clients = new ReusedClients();
        var attempts = 0;
        var factory = new Mock<ConnectorFactory>();
        factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string url, string _, CancellationToken _) => ++attempts == 1
                ? Task.FromException<IConnectorClient>(new InvalidOperationException("no token"))
                : Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(url), new TokenCredentials("t"))));

        await Assert.ThrowsAsync<InvalidOperationException>(() => clients.Wrap(factory.Object, Bot).CreateAsync("http://127.0.0.1:5000/", "a", CancellationToken.None));
        var client = await clients.Wrap(factory.Object, Bot).CreateAsync("http://127.0.0.1:5000/", "a", CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), client.BaseUri);
    }

    private static ConnectorFactory Factory(List<ConnectorClient> made)
    {
        var factory = new Mock<ConnectorFactory>();
        factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string url, string _, CancellationToken _) =>
            {
                var client = new ConnectorClient(new Uri(url), new TokenCredentials("t"));
                lock (made)
                {
                    made.Add(client);
                }

                return Task.FromResult<IConnectorClient>(client);
            });
        return factory.Object;
    }
}
