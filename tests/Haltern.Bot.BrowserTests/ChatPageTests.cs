using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>
/// The city's chat page in Chromium, on the bot's own Direct Line: a citizen asks by keyboard and reads the answer,
/// by polling and by WebSocket; the page passes axe-core's WCAG checks.
/// </summary>
public sealed class ChatPageTests(ChatPageServer server) : IClassFixture<ChatPageServer>
{
    private const string Question = "Wie ist die Telefonnummer vom Bürgerbüro?";
    private const string BotBubbles = "#webchat .webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubbles = "#webchat .webchat__bubble.webchat__bubble--from-user";

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task CitizenAsksByKeyboard_SeesTheAnswer(string transport)
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        var streams = new List<string>();
        var polls = new List<string>();
        page.WebSocket += (_, socket) => streams.Add(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                polls.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(server.BaseAddress, $"/?transport={transport}").ToString());

        // The welcome arrives once (Direct Line's conversationUpdate carries the bot and the user).
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));

        await AskByKeyboardAsync(page);

        await Assertions.Expect(page.Locator(UserBubbles)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(UserBubbles).First).ToContainTextAsync(Question);
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var answer = await page.Locator(BotBubbles).Nth(1).InnerTextAsync();
        Assert.Contains("02364 933-180", answer, StringComparison.Ordinal); // from knowledge/services/buergerbuero.md

        // The server echoed the citizen's activity: Web Chat shows it as sent, not "sending" or "send failed".
        await Assertions.Expect(page.Locator("#webchat .webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        var transcript = await page.Locator("#webchat").InnerTextAsync();
        Assert.DoesNotContain("Fehler beim Senden", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Send failed", transcript, StringComparison.Ordinal);

        // The transport asked for is the one used.
        if (transport == "websocket")
        {
            Assert.Contains(streams, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream?", StringComparison.Ordinal));
            Assert.Empty(polls);
        }
        else
        {
            Assert.Empty(streams);
            Assert.NotEmpty(polls);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ChatPageServer.ArtefactDirectory, $"chat-{transport}.png"),
            FullPage = true,
        });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Page_HasNoSeriousOrCriticalAccessibilityViolations()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await AskByKeyboardAsync(page);
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(2, new() { Timeout = 15_000 });

        // Keyboard focus is visible, and the transcript has a live region that screen readers announce.
        Assert.Equal("webchat-sendbox-input", await page.EvaluateAsync<string>("document.activeElement.getAttribute('data-id')"));
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.True(await page.Locator("#webchat [aria-live]").CountAsync() > 0);

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(results.Passes);
    }

    [Fact]
    public async Task BrowserWithoutSpeechApi_PlainChatWorksWithoutErrors()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        await context.AddInitScriptAsync("""
            delete window.SpeechRecognition; delete window.webkitSpeechRecognition;
            delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;
            """);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await AskByKeyboardAsync(page);

        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("#webchat .webchat__microphone-button").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task BrowserWithSpeechApi_OffersTheMicrophone()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        await context.AddInitScriptAsync("""
            // Headless Chromium has no speech service; a stand-in recognizer is enough to show the button.
            window.webkitSpeechRecognition = window.webkitSpeechRecognition || function () {};
            """);
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await Assertions.Expect(page.Locator("#webchat .webchat__microphone-button button")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ExpiredConversation_OffersANewOne_WhichWelcomesAgain()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        var restart = page.Locator("#chat-restart-button");
        Assert.False(await restart.IsVisibleAsync());

        // The citizen's laptop sleeps for longer than a conversation and a token live.
        server.Time.Advance(TimeSpan.FromMinutes(31));

        await Assertions.Expect(restart).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.EvaluateAsync("window.__oldPage = true");
        await restart.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => window.__oldPage === undefined", null, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#chat-restart-button")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task SpokenQuestion_IsAnswered_AndTheReplyIsReadAloud()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });

        // Headless Chromium has no speech service: stand-ins for the Web Speech API hear the question and record
        // what is spoken. Everything between them (Web Chat's ponyfill, Direct Line, the bot, `speak`) is real.
        await context.AddInitScriptAsync(SpeechStandIns.Replace("__QUESTION__", Question, StringComparison.Ordinal));
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await page.Locator("#webchat .webchat__microphone-button button").ClickAsync();

        await Assertions.Expect(page.Locator(UserBubbles).First).ToContainTextAsync(Question, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync("() => window.__spoken.length > 0", null, new() { Timeout = 15_000 });
        var spoken = await page.EvaluateAsync<string[]>("window.__spoken");
        // Read as plain text (no SSML tags), the phone number digit by digit.
        Assert.Contains(spoken, text => text.Contains("0 2 3 6 4, 9 3 3, 1 8 0", StringComparison.Ordinal));
        Assert.DoesNotContain(spoken, text => text.Contains('<', StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    private const string SpeechStandIns = """
        (() => {
          window.__spoken = [];
          class Utterance extends EventTarget {
            constructor(text) { super(); this.text = text; this.lang = ''; this.pitch = 1; this.rate = 1; this.volume = 1; this.voice = null; }
          }
          const synthesis = new EventTarget();
          Object.assign(synthesis, {
            speaking: false, pending: false, paused: false,
            getVoices: () => [{ default: true, lang: 'de-DE', localService: true, name: 'Test', voiceURI: 'test-de' }],
            speak(utterance) {
              window.__spoken.push(utterance.text);
              setTimeout(() => { utterance.dispatchEvent(new Event('start')); setTimeout(() => utterance.dispatchEvent(new Event('end')), 10); }, 0);
            },
            cancel() {}, pause() {}, resume() {}
          });
          class Recognition extends EventTarget {
            constructor() { super(); this.lang = ''; this.continuous = false; this.interimResults = false; this.grammars = null; this.maxAlternatives = 1; }
            fire(type, extra) { const handler = this['on' + type]; if (handler) { handler.call(this, Object.assign({ type, target: this }, extra)); } }
            start() {
              setTimeout(() => {
                ['start', 'audiostart', 'soundstart', 'speechstart'].forEach(type => this.fire(type));
                const result = [{ transcript: '__QUESTION__', confidence: 0.95 }];
                result.isFinal = true;
                this.fire('result', { results: [result], resultIndex: 0 });
                ['speechend', 'soundend', 'audioend', 'end'].forEach(type => this.fire(type));
              }, 50);
            }
            stop() {}
            abort() {}
          }
          window.SpeechRecognition = Recognition;
          window.webkitSpeechRecognition = Recognition;
          Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
          window.SpeechSynthesisUtterance = Utterance;
        })();
        """;

    /// <summary>Tab to the skip link, Enter jumps into the message box, type, Enter sends: keyboard only.</summary>
    private static async Task AskByKeyboardAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Direkt zum Chat springen", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("webchat-sendbox-input", await page.EvaluateAsync<string>("document.activeElement.getAttribute('data-id')"));
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");
    }

    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
