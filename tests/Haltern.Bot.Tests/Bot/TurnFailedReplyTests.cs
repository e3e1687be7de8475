using System.Net.Http.Json;
using System.Xml.Linq;
using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Bot.Bot;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Bot;

/// <summary>A turn that fails tells the citizen so, in the words of Bot/bot-phrases.json and in their language.</summary>
public sealed class TurnFailedReplyTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("de-DE", false)]
    [InlineData("en-US", true)]
    public async Task A_failed_turn_is_answered_with_the_phrase_in_the_citizens_language(string locale, bool english)
    {
        using var host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICitizenAssistant>();
            services.AddSingleton<ICitizenAssistant, FailingAssistant>();
        }));
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", new
        {
            type = "message", text = "Telefonnummer Bürgerbüro", locale, channelId = "emulator", deliveryMode = "expectReplies",
            serviceUrl = "http://localhost:1/", conversation = new { id = "failing-" + locale }, from = new { id = "u1" }, recipient = new { id = "bot" },
        });

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single((JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!);
        var expected = BotPhrases.For(english).TurnFailed;
        Assert.Equal(expected, (string?)reply["text"]);
        var speak = XElement.Parse((string)reply["speak"]!);
        Assert.Equal(english ? "en-US" : "de-DE", (string?)speak.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(expected, speak.Value);
    }

    [Fact]
    public void The_phrase_file_has_both_languages()
    {
        Assert.Contains("schiefgegangen", BotPhrases.German.TurnFailed, StringComparison.Ordinal);
        Assert.Contains("went wrong", BotPhrases.English.TurnFailed, StringComparison.Ordinal);
        Assert.NotEqual(BotPhrases.German.AlsoAsk, BotPhrases.English.AlsoAsk);
    }

    private sealed class FailingAssistant : ICitizenAssistant
    {
        public Reply Welcome(string? locale) => throw new InvalidOperationException("The assistant failed.");

        public Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The assistant failed.");
    }
}
