using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>
/// The bot's own page at <c>/</c> in Chromium: it embeds the same widget as the city's pages, opened at once. A
/// citizen asks by keyboard and reads the answer, the page passes axe's WCAG 2.1 AA checks, the privacy notice says
/// what the configuration does, and voice input stays off until the citizen turns it on.
/// </summary>
public sealed class ChatPageTests(ChatPageServer server) : IClassFixture<ChatPageServer>
{
    private const string Question = "Wie ist die Telefonnummer vom Bürgerbüro?";

    [Fact]
    public async Task A_citizen_jumps_to_the_chat_by_keyboard_and_reads_the_answer()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = Widget.CollectErrors(page);
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());

        // The page opens the chat at once, and the welcome arrives once.
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Direkt zum Chat springen", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        await widget.AskByKeyboardAsync(Question);

        await Assertions.Expect(widget.UserBubbles.First).ToContainTextAsync(Question);
        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("02364 933-180", new() { Timeout = 15_000 }); // knowledge/services/buergerbuero.md
        // The server echoed the citizen's activity: Web Chat shows it as sent, not "sending" or "send failed".
        await Assertions.Expect(widget.Frame.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        Assert.DoesNotContain("Fehler beim Senden", await widget.Transcript.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("solid", await widget.SendBox.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.True(await widget.Frame.Locator("#webchat [aria-live]").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChatPageServer.ArtefactDirectory, "chat-page.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_page_with_the_chat_open_passes_axe_for_WCAG_21_AA()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await widget.SendBox.FocusAsync(new() { Timeout = 15_000 });
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            Iframes = true,
        });

        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.NotEmpty(results.Passes);
    }

    [Fact]
    public async Task The_privacy_notice_says_what_the_configuration_keeps_and_the_bot_answers_from_its_privacy_entry()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await widget.Frame.Locator("#privacy summary").ClickAsync();
        var notice = await widget.Frame.Locator("#privacy-text").InnerTextAsync();
        await widget.Frame.Locator("#privacy-ask").ClickAsync();

        // DirectLine:ConversationIdleTimeout and Staff:RetentionDays of appsettings.json, filled into widget.de.json.
        Assert.Contains("30 Minuten nach Ihrer letzten Nachricht", notice, StringComparison.Ordinal);
        Assert.Contains("30 Tage", notice, StringComparison.Ordinal);
        Assert.DoesNotContain('{', notice);
        await Assertions.Expect(widget.UserBubbles.First).ToHaveTextAsync("Datenschutz", new() { Timeout = 15_000 });
        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("Datenschutz beim Haltern.Bot", new() { Timeout = 15_000 }); // knowledge/services/datenschutz.md
    }

    [Fact]
    public async Task Without_the_speech_api_there_is_no_voice_input_and_the_chat_works()
    {
        await using var context = await NewContextAsync();
        await context.AddInitScriptAsync("""
            delete window.SpeechRecognition; delete window.webkitSpeechRecognition;
            delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;
            """);
        var page = await context.NewPageAsync();
        var errors = Widget.CollectErrors(page);
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await widget.SendBox.FocusAsync(new() { Timeout = 15_000 });

        await widget.AskByKeyboardAsync(Question);

        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.Equal(0, await widget.Frame.Locator(".webchat__microphone-button").CountAsync());
        await Assertions.Expect(widget.Frame.Locator("#voice")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_microphone_stays_off_until_the_citizen_has_read_who_processes_the_recording_and_turned_it_on()
    {
        await using var context = await NewContextAsync();
        await context.AddInitScriptAsync(SpeechStandIns.Replace("__QUESTION__", Question, StringComparison.Ordinal));
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        var microphone = widget.Frame.Locator(".webchat__microphone-button button");
        var toggle = widget.Frame.Locator("#voice-toggle");
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        // Off: no microphone button, no recognizer made, and the notice (folded) says who hears the recording.
        await Assertions.Expect(widget.Frame.Locator("#voice-summary")).ToHaveTextAsync("Spracheingabe (aus)");
        Assert.Equal(0, await microphone.CountAsync());
        Assert.Equal(0, await RecognizersAsync(widget));
        await Assertions.Expect(toggle).ToBeHiddenAsync();
        await widget.Frame.Locator("#voice summary").ClickAsync();
        var notice = await widget.Frame.Locator("#voice-text").InnerTextAsync();
        Assert.Contains("Hersteller Ihres Browsers", notice, StringComparison.Ordinal);
        Assert.Contains("Google", notice, StringComparison.Ordinal);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();

        await Assertions.Expect(microphone).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(widget.Frame.Locator("#voice-summary")).ToHaveTextAsync("Spracheingabe (an)");
        Assert.Equal("on", await VoiceChoiceAsync(widget));

        // The choice is the browser's: it holds on the next page, and turning it off takes the microphone away.
        await page.ReloadAsync();
        await Assertions.Expect(microphone).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await widget.Frame.Locator("#voice summary").ClickAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(microphone).ToHaveCountAsync(0);
        Assert.Null(await VoiceChoiceAsync(widget));
    }

    [Fact]
    public async Task A_spoken_question_is_answered_and_the_reply_is_read_aloud()
    {
        await using var context = await NewContextAsync();

        // Headless Chromium has no speech service: stand-ins for the Web Speech API hear the question and record
        // what is spoken. Everything between them (Web Chat's ponyfill, Direct Line, the bot, `speak`) is real.
        await context.AddInitScriptAsync(SpeechStandIns.Replace("__QUESTION__", Question, StringComparison.Ordinal));
        var page = await context.NewPageAsync();
        var errors = Widget.CollectErrors(page);
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.Frame.Locator("#voice summary").ClickAsync();
        await widget.Frame.Locator("#voice-toggle").ClickAsync();

        await widget.Frame.Locator(".webchat__microphone-button button").ClickAsync();

        await Assertions.Expect(widget.UserBubbles.First).ToContainTextAsync(Question, new() { Timeout = 15_000 });
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var frame = await widget.ContentAsync();
        await frame.WaitForFunctionAsync("() => window.__spoken.length > 0", null, new() { Timeout = 15_000 });
        var spoken = await frame.EvaluateAsync<string[]>("window.__spoken");
        // Read as plain text (no SSML tags), the phone number digit by digit.
        Assert.Contains(spoken, text => text.Contains("0 2 3 6 4, 9 3 3, 1 8 0", StringComparison.Ordinal));
        Assert.DoesNotContain(spoken, text => text.Contains('<', StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_expired_conversation_offers_a_new_one_which_welcomes_again()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.False(await widget.Restart.IsVisibleAsync());

        // The citizen's laptop sleeps for longer than a conversation and a token live.
        server.Time.Advance(TimeSpan.FromMinutes(31));

        await Assertions.Expect(widget.Restart).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(widget.Frame.Locator("#status")).ToContainTextAsync("abgelaufen");
        await widget.Restart.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(widget.Restart).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
    }

    private Task<IBrowserContext> NewContextAsync() =>
        server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });

    /// <summary>The citizen's choice, kept in the frame's localStorage only.</summary>
    private static async Task<string?> VoiceChoiceAsync(Widget widget)
    {
        var frame = await widget.ContentAsync();
        return await frame.EvaluateAsync<string?>("() => localStorage.getItem('haltern-bot.voice')");
    }

    private static async Task<int> RecognizersAsync(Widget widget)
    {
        var frame = await widget.ContentAsync();
        return await frame.EvaluateAsync<int>("() => window.__recognizers || 0");
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
            constructor() { super(); window.__recognizers = (window.__recognizers || 0) + 1; this.lang = ''; this.continuous = false; this.interimResults = false; this.grammars = null; this.maxAlternatives = 1; }
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
}
