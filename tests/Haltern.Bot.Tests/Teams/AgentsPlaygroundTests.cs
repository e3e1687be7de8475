namespace Haltern.Bot.Tests.Teams;

/// <summary>
/// End to end against the real Microsoft 365 Agents Playground in Teams mode: the bot runs on Kestrel at
/// 127.0.0.1 with the real assistant and the repository's knowledge; the playground sends Teams-shaped activities
/// and receives the replies on its connector.
/// </summary>
[Collection(Haltern.Bot.Tests.Infrastructure.RealServerCollection.Name)]
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private const string Question = "Wie erreiche ich das Bürgerbüro?";
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(30);

    private PlaygroundBot? _host;

    private AgentsPlayground Playground => _host!.Playground;

    public async Task InitializeAsync() => _host = await PlaygroundBot.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Install_gives_one_welcome_and_questions_are_answered_personally_and_in_a_channel()
    {
        var phone = KnowledgePhone("services/buergerbuero.md");

        // Install in the personal chat: installationUpdate and conversationUpdate, one welcome.
        await Playground.InstallAsync(Playground.PersonalChat, CancellationToken.None);
        var welcomes = await Playground.BotMessagesAsync(Playground.PersonalChat, TimeSpan.FromSeconds(8), stopAfter: 2, CancellationToken.None);
        Assert.True(welcomes.Count == 1, $"{welcomes.Count} welcomes\n{Playground.Log}");

        // A personal question gets its answer from the knowledge.
        await Playground.SendAsync(Playground.PersonalChat, Question, mentionBot: false, CancellationToken.None);
        var personal = Assert.Single(await Playground.BotMessagesAsync(Playground.PersonalChat, ReplyWait, stopAfter: 1, CancellationToken.None));
        Assert.Contains(phone, (string?)personal["text"], StringComparison.Ordinal);

        // In a channel, with the @mention: the answer comes in the thread, without mention markup.
        var thread = await Playground.SendAsync(Playground.Channel, Question, mentionBot: true, CancellationToken.None);
        Assert.StartsWith(Playground.Channel + ";messageid=", thread, StringComparison.Ordinal);
        // The playground shows the text and the card of one reply as two messages.
        var inChannel = await Playground.BotMessagesAsync(thread, ReplyWait, stopAfter: 2, CancellationToken.None);
        var text = inChannel.Select(m => (string?)m["text"]).Single(t => !string.IsNullOrEmpty(t));
        Assert.Contains(phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Playground.BotName, text, StringComparison.Ordinal);

        // Suggested actions are not shown in channels: the choices come as Adaptive Card buttons.
        var card = Assert.Single(inChannel.SelectMany(m => m["attachments"]?.AsArray() ?? []));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card!["contentType"]);
        Assert.NotEmpty(card["content"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task Staff_of_the_tenant_get_the_statistics_in_the_playground()
    {
        await Playground.SendAsync(Playground.PersonalChat, Question, mentionBot: false, CancellationToken.None);
        Assert.Single(await Playground.BotMessagesAsync(Playground.PersonalChat, ReplyWait, stopAfter: 1, CancellationToken.None));

        var thread = await Playground.SendAsync(Playground.Channel, "Statistik", mentionBot: true, CancellationToken.None);

        var statistics = Assert.Single(await Playground.BotMessagesAsync(thread, ReplyWait, stopAfter: 1, CancellationToken.None));
        Assert.Contains("**Letzte 7 Tage:** 1 Frage,", (string?)statistics["text"], StringComparison.Ordinal);
    }

    /// <summary>The phone number a knowledge file gives (its front matter), so the test names no office itself.</summary>
    private static string KnowledgePhone(string relativePath)
    {
        var file = Path.Combine(TeamsTools.RepositoryRoot, "knowledge", relativePath);
        var line = File.ReadLines(file).First(l => l.StartsWith("phone:", StringComparison.Ordinal));
        return line["phone:".Length..].Trim().Split(' ').Last(); // the extension, e.g. 933-180, whatever spacing the answer uses
    }
}
