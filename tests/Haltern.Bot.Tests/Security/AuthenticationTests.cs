using System.Diagnostics;
using System.Net;
using Haltern.Bot.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Security;

/// <summary>With an app id, <c>/api/messages</c> takes only valid channel tokens; everything else is a fast 401.</summary>
public sealed class AuthenticationTests
{
    private const string AppId = "4d1c0de0-haltern-test-app";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static BotApplicationFactory Host(ChannelKeyServer keys) => new(
        settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-for-expect-replies",
            ["Bot:ChannelOpenIdMetadataUrl"] = keys.MetadataUrl,
            ["Bot:AuthenticationTimeout"] = "00:00:01",
        },
        environment: "Production",
        services: services => services.AddHttpClient(GuardedBotFrameworkAuthentication.KeysHttpClientName).ConfigurePrimaryHttpMessageHandler(() => keys));

    private static string Activity() => ApiMessages.Message("Wie ist die Telefonnummer vom Bürgerbüro?", serviceUrl: ServiceUrl).ToString();

    [Fact]
    public async Task Valid_channel_token_is_answered()
    {
        var keys = new ChannelKeyServer();
        using var host = Host(keys);
        using var client = host.CreateClient();

        using var response = await host.PostActivityAsync(client, Activity(), keys.Token(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await ApiMessages.RepliesAsync(response));
        Assert.True(keys.Requests > 0); // the key really came from the (fake) key server
    }

    public static TheoryData<string> BadTokens() => ["missing", "garbage", "three garbage parts", "forged", "expired", "other audience", "other issuer", "other serviceUrl", "unsigned"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Bad_channel_token_gets_401_without_an_error_log(string kind)
    {
        var keys = new ChannelKeyServer();
        using var host = Host(keys);
        using var client = host.CreateClient();
        var token = kind switch
        {
            "missing" => null,
            "garbage" => "garbage",
            "three garbage parts" => "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln",
            "forged" => keys.Token(AppId, ServiceUrl, stranger: true),
            "expired" => keys.Token(AppId, ServiceUrl, lifetime: TimeSpan.FromMinutes(-30)),
            "other audience" => keys.Token("someone-elses-bot", ServiceUrl),
            "other issuer" => keys.Token(AppId, ServiceUrl, issuer: "https://evil.example"),
            "other serviceUrl" => keys.Token(AppId, "https://evil.example/"),
            "unsigned" => Unsigned(keys.Token(AppId, ServiceUrl)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await host.PostActivityAsync(client, Activity(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static string Unsigned(string token)
    {
        // The same claims with "alg": "none" and no signature.
        var parts = token.Split('.');
        return Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    [Theory]
    [InlineData(KeyServerMode.Fail)]
    [InlineData(KeyServerMode.Hang)]
    public async Task Keys_that_cannot_be_fetched_give_a_fast_401_not_a_500_or_a_hang(KeyServerMode mode)
    {
        var keys = new ChannelKeyServer { Mode = mode };
        using var host = Host(keys);
        using var client = host.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await host.PostActivityAsync(client, Activity(), keys.Token(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}"); // bounded by Bot:AuthenticationTimeout (1 s), not HttpClient's 100 s
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public void Production_without_app_id_refuses_to_start_with_a_clear_message()
    {
        using var host = new BotApplicationFactory(environment: "Production");

        var exception = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(exception.GetBaseException());
        Assert.Contains("MicrosoftAppId", validation.Message);
        Assert.Contains("Bot:AllowAnonymous=true", validation.Message);
    }

    [Fact]
    public async Task Production_with_the_documented_opt_out_serves_anonymously()
    {
        using var host = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" }, environment: "Production");
        using var client = host.CreateClient();

        using var response = await host.PostActivityAsync(client, ApiMessages.Message("Hallo").ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://192.0.2.10/")]
    [InlineData("https://example.com/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("http://169.254.169.254/")]
    public async Task Anonymous_mode_refuses_to_call_back_any_host_but_loopback(string serviceUrl)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();
        var activity = ApiMessages.Message("Hallo", serviceUrl: serviceUrl, expectReplies: false).ToString();

        using var response = await host.PostActivityAsync(client, activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://127.0.0.1.nip.io/", false)]
    [InlineData("http://10.0.0.1/", false)]
    [InlineData("ftp://127.0.0.1/", false)]
    [InlineData(null, false)]
    public void IsLoopback_AcceptsOnlyLoopbackHttp(string? serviceUrl, bool expected) =>
        Assert.Equal(expected, GuardedBotFrameworkAuthentication.IsLoopback(serviceUrl));
}
