using Haltern.Bot.Staff;
using Haltern.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Staff;

/// <summary>
/// Consent before anything a citizen wrote is kept, through the real host, adapter and assistant: an unanswered
/// question is counted, and its (masked) wording reaches the disk only after the citizen accepts the one offer.
/// </summary>
public sealed class ConsentTests : IDisposable
{
    private const string Unanswerable = "Ich heiße Tobias Brenner, 0171.223.34.45: darf mein Zebra im Seebad schwimmen?";
    private const string Accept = "Frage anonym weitergeben";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "haltern-consent-" + Guid.NewGuid().ToString("N"));
    private readonly BotApplicationFactory _host;
    private readonly HttpClient _client;

    public ConsentTests()
    {
        _host = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Staff:DataPath"] = _dataPath, ["Staff:RetentionDays"] = "21" });
        _client = _host.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task An_unanswered_question_is_counted_and_its_wording_kept_only_after_consent()
    {
        var offer = Assert.Single(await SayAsync(Unanswerable, "consent-1"));
        var beforeConsent = await StoredAsync();
        var pending = string.Join("\n", ((ExpiringMemoryStorage)_host.Services.GetRequiredService<IStorage>()).Dump());
        var thanks = Assert.Single(await SayAsync(Accept, "consent-1"));
        var afterConsent = await StoredAsync();

        Assert.Equal(Accept, (string?)offer["suggestedActions"]!["actions"]![0]!["value"]);
        Assert.Contains("Server der Stadt", (string?)offer["text"], StringComparison.Ordinal);
        Assert.Contains("höchstens 21 Tage", (string?)offer["text"], StringComparison.Ordinal);
        Assert.Contains("\"answered\":false", beforeConsent, StringComparison.Ordinal); // counted
        Assert.DoesNotContain("Zebra", beforeConsent, StringComparison.Ordinal);
        Assert.Contains("Zebra", pending, StringComparison.Ordinal); // held in memory, masked
        Assert.DoesNotContain("Brenner", pending, StringComparison.Ordinal);
        Assert.Contains("gespeichert", (string?)thanks["text"], StringComparison.Ordinal);
        Assert.Contains("Zebra", afterConsent, StringComparison.Ordinal);
        foreach (var secret in new[] { "Tobias", "Brenner", "0171", "223.34.45", "consent-1" })
        {
            Assert.DoesNotContain(secret, afterConsent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Erzähl mir einen Witz")]
    [InlineData("Wie wird das Wetter morgen?")]
    public async Task A_request_beyond_the_town_gets_no_offer_to_pass_it_on(string text)
    {
        var reply = Assert.Single(await SayAsync(text, "consent-scope-" + text.Length));
        var actions = reply["suggestedActions"]?["actions"]?.Select(a => (string?)a["value"]).ToArray() ?? [];

        Assert.DoesNotContain(Accept, actions);
        Assert.DoesNotContain("weitergeben", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_anything_else_drops_the_offer_and_nothing_is_kept()
    {
        await SayAsync(Unanswerable, "consent-2");
        await SayAsync("Wann hat das Bürgerbüro geöffnet?", "consent-2");
        var late = Assert.Single(await SayAsync(Accept, "consent-2"));
        var stored = await StoredAsync();
        var memory = string.Join("\n", ((ExpiringMemoryStorage)_host.Services.GetRequiredService<IStorage>()).Dump());

        Assert.Contains("nicht mehr", (string?)late["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("Zebra", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebra", memory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offer_of_one_conversation_cannot_be_accepted_from_another()
    {
        await SayAsync(Unanswerable, "consent-3");
        await SayAsync(Accept, "consent-4");

        Assert.DoesNotContain("Zebra", await StoredAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answered_question_gets_no_offer()
    {
        var reply = Assert.Single(await SayAsync("Wann hat das Bürgerbüro geöffnet?", "consent-5"));

        Assert.DoesNotContain(Accept, reply.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yes_or_no_question_the_bot_cannot_answer_gets_no_yes_beside_the_offer_and_a_typed_ja_still_accepts()
    {
        var offer = Assert.Single(await SayAsync("Darf mein Zebra im Seebad schwimmen?", "consent-7"));
        var actions = offer["suggestedActions"]!["actions"]!.Select(a => (string?)a["title"] + " " + (string?)a["value"]);
        var thanks = Assert.Single(await SayAsync("ja", "consent-7"));

        // The button names what it does: a "Ja, …" beside "Dazu habe ich leider keine Information" reads as the answer.
        Assert.DoesNotMatch(@"(?i)\bja\b", (string?)offer["text"] + " " + string.Join(" ", actions));
        Assert.Contains("gespeichert", (string?)thanks["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offer_is_made_in_english_to_an_english_conversation()
    {
        var offer = Assert.Single(await SayAsync("Can my zebra swim in the lake baths?", "consent-6", "en-US"));
        var thanks = Assert.Single(await SayAsync("yes", "consent-6", "en-US"));

        Assert.Equal("Pass my question on anonymously", (string?)offer["suggestedActions"]!["actions"]![0]!["value"]);
        Assert.Contains("for at most 21 days", (string?)offer["text"], StringComparison.Ordinal);
        Assert.Contains("Thank you", (string?)thanks["text"], StringComparison.Ordinal);
        Assert.Contains("zebra", await StoredAsync(), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<JToken>> SayAsync(string text, string conversation, string locale = "de-DE")
    {
        var activity = ApiMessages.Message(text, conversation);
        activity["locale"] = locale;
        using var response = await _host.PostActivityAsync(_client, activity.ToString());
        response.EnsureSuccessStatusCode();
        return (await ApiMessages.RepliesAsync(response)).Where(r => (string?)r["type"] == "message").ToList();
    }

    private async Task<string> StoredAsync()
    {
        await ((JsonLinesQuestionLog)_host.Services.GetRequiredService<IQuestionLog>()).FlushAsync(CancellationToken.None);
        return Directory.Exists(_dataPath)
            ? string.Concat(Directory.GetFiles(_dataPath, "*", SearchOption.AllDirectories).Select(File.ReadAllText))
            : string.Empty;
    }
}
