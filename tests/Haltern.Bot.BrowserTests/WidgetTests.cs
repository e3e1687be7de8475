using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>
/// The widget as a city's website embeds it (one script tag, another site than the bot's), in Chromium: the
/// conversation follows the citizen from page to page, only the listed sites get it, it fits a phone.
/// </summary>
public sealed class WidgetTests(ChatPageServer server) : IClassFixture<ChatPageServer>
{
    private const string Question = "Wie ist die Telefonnummer vom Bürgerbüro?";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task A_question_asked_on_one_page_is_still_there_on_the_next_and_mehr_dazu_follows_it_up(int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var errors = Widget.CollectErrors(page);
        var widget = new Widget(page);
        await page.GotoAsync(server.City.Page("/buergerbuero").ToString());

        // Keyboard only: Tab through the host page's links to the chat button, Enter opens the panel.
        await TabToLauncherAsync(page, widget);
        Assert.Equal("Chat mit dem Haltern.Bot", await AccessibleNameAsync(widget));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.Contains("02364 933-180", await widget.BotBubbles.Nth(1).InnerTextAsync(), StringComparison.Ordinal); // knowledge/services/buergerbuero.md
        var conversationId = await widget.StoredConversationIdAsync();
        await AssertFitsAsync(page, widget, width, height);

        // The citizen follows a link of the city's site: a new page in the same tab. On a phone the panel covers
        // the page, so it is closed first; the next page shows it as it was left.
        var phone = width < 480;
        if (phone)
        {
            await widget.Frame.Locator("#close").ClickAsync();
            await Assertions.Expect(widget.Launcher).ToBeFocusedAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Standesamt" }).ClickAsync();
        // Only the navigation is waited for, not the page's load event: the assertions below wait for what they read,
        // and a wait for "load" right after a click once missed the event in CI (a 30 s timeout after "networkidle").
        await page.WaitForURLAsync("**/standesamt", new() { WaitUntil = WaitUntilState.Commit });

        if (phone)
        {
            await Assertions.Expect(widget.Launcher).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(widget.Panel).ToBeHiddenAsync();
            await widget.Launcher.ClickAsync();
        }

        await Assertions.Expect(widget.Panel).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(widget.UserBubbles.First).ToContainTextAsync(Question, new() { Timeout = 15_000 });
        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("02364 933-180");
        Assert.Equal(conversationId, await widget.StoredConversationIdAsync());
        await widget.SendBox.FocusAsync();
        await widget.AskByKeyboardAsync("mehr dazu");
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        var more = await widget.BotBubbles.Nth(2).InnerTextAsync();
        Assert.Contains("Bürgerbüro", more, StringComparison.Ordinal);
        Assert.NotEqual(await widget.BotBubbles.Nth(1).InnerTextAsync(), more);
        await AssertFitsAsync(page, widget, width, height);

        await page.ScreenshotAsync(new() { Path = Path.Combine(ChatPageServer.ArtefactDirectory, $"widget-{width}x{height}.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_conversation_follows_by_polling_too()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var streams = new List<string>();
        page.WebSocket += (_, socket) => streams.Add(socket.Url);
        var widget = new Widget(page);
        await widget.OpenOnAsync(server.City.Page("/buergerbuero?transport=polling"));
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("02364 933-180", new() { Timeout = 15_000 });

        await page.GotoAsync(server.City.Page("/abfall?transport=polling").ToString());

        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("02364 933-180", new() { Timeout = 15_000 });
        Assert.Empty(streams);
    }

    [Fact]
    public async Task A_site_not_in_AllowedOrigins_can_neither_frame_the_widget_nor_get_a_token()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var tokenRequests = new List<string>();
        var tokenAnswers = new List<int>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/directline/token", StringComparison.Ordinal))
            {
                tokenRequests.Add(request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/api/directline/token", StringComparison.Ordinal))
            {
                tokenAnswers.Add(response.Status);
            }
        };
        var widgetAnswer = page.WaitForResponseAsync(response => response.Url.Contains("/widget?", StringComparison.Ordinal));
        var widget = new Widget(page);

        await page.GotoAsync(server.Foreign.Page("/buergerbuero").ToString());
        await widgetAnswer;
        await page.WaitForLoadStateAsync(LoadState.Load);
        // The page's own script asks for a token as the widget would.
        var fetched = await page.EvaluateAsync<string>(
            "async bot => { try { const r = await fetch(bot + '/api/directline/token', { method: 'POST' }); return 'read ' + r.status; } catch (e) { return 'blocked'; } }",
            server.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(0, await widget.Launcher.CountAsync()); // frame-ancestors: Chromium does not render the frame
        Assert.Equal("blocked", fetched);                    // the page's own request: no CORS answer for it
        Assert.Single(tokenRequests);                        // (the server's 403: ChatPageEndpointTests)
        Assert.DoesNotContain(200, tokenAnswers);
    }

    [Fact]
    public async Task The_widget_adds_one_element_to_the_host_page_and_nothing_else()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);

        await widget.OpenOnAsync(server.City.Page("/abfall"));

        Assert.Empty(await page.EvaluateAsync<string[]>("() => Object.keys(window).filter(k => k !== '__keysBefore' && !window.__keysBefore.includes(k))"));
        Assert.Equal(
            ["HEADER", "MAIN", "FOOTER", "SCRIPT", "DIV#haltern-bot-widget"],
            await page.EvaluateAsync<string[]>("() => Array.from(document.body.children).map(e => e.tagName + (e.id ? '#' + e.id : ''))"));
        // The host page's rule for every iframe and button reaches neither the frame nor the chat's buttons.
        Assert.Equal("0px", await widget.Element.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        Assert.Equal("none", await widget.Frame.Locator("#close").EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle === 'dashed' ? 'dashed' : 'none'"));
        // The token stays in the frame: nothing of the conversation in the host page's storage or cookies.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => sessionStorage.length + localStorage.length + document.cookie.length"));
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    [InlineData(360, 640)]
    public async Task The_open_panel_passes_axe_for_WCAG_21_AA(int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await widget.OpenOnAsync(server.City.Page("/buergerbuero"));
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });

        await widget.Frame.Locator("#privacy summary").ClickAsync();

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            Iframes = true,
        });

        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Contains(results.Passes, rule => rule.Id == "color-contrast");
        await AssertFitsAsync(page, widget, width, height);
    }

    [Fact]
    public async Task An_english_page_gets_the_widget_in_english()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);

        await page.GotoAsync(server.City.Page("/standesamt?lang=en").ToString());
        await widget.Launcher.ClickAsync();

        var frame = await widget.ContentAsync();
        Assert.Equal("en", await frame.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Chat with the Haltern.Bot", await AccessibleNameAsync(widget));
        await Assertions.Expect(widget.Frame.Locator("#new")).ToHaveTextAsync("New conversation");
        await Assertions.Expect(widget.SendBox).ToHaveAttributeAsync("placeholder", "Type your message", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_new_tab_and_Neues_Gespräch_start_afresh()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await widget.OpenOnAsync(server.City.Page("/buergerbuero"));
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var first = await widget.StoredConversationIdAsync();

        // Another tab of the same browser: sessionStorage is per tab, so the chat there starts closed and new.
        var other = new Widget(await context.NewPageAsync());
        await other.Page.GotoAsync(server.City.Page("/buergerbuero").ToString());
        await Assertions.Expect(other.Launcher).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(other.Panel).ToBeHiddenAsync();
        Assert.Null(await other.StoredConversationIdAsync());

        await widget.Frame.Locator("#new").ClickAsync();

        await Assertions.Expect(widget.UserBubbles).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.NotEqual(first, await widget.StoredConversationIdAsync());
        await Assertions.Expect(widget.SendBox).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_token_near_its_expiry_is_refreshed_on_the_next_page_and_the_conversation_goes_on()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var refreshes = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith("/v3/directline/tokens/refresh", StringComparison.Ordinal))
            {
                refreshes.Add(response.Status);
            }
        };
        var widget = new Widget(page);
        await widget.OpenOnAsync(server.City.Page("/buergerbuero"));
        await widget.AskByKeyboardAsync(Question);
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var frame = await widget.ContentAsync();
        var before = await frame.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('haltern-bot.conversation')).conversation.token");
        // Two minutes of the token's life are left when the citizen moves on.
        await frame.EvaluateAsync("""
            () => { const s = JSON.parse(sessionStorage.getItem('haltern-bot.conversation'));
                    s.conversation.expiresAt = Date.now() + 2 * 60 * 1000;
                    sessionStorage.setItem('haltern-bot.conversation', JSON.stringify(s)); }
            """);
        server.Time.Advance(TimeSpan.FromMinutes(28));

        await page.GotoAsync(server.City.Page("/standesamt").ToString());

        await Assertions.Expect(widget.BotBubbles.Nth(1)).ToContainTextAsync("02364 933-180", new() { Timeout = 15_000 });
        Assert.Equal([200], refreshes);
        frame = await widget.ContentAsync();
        Assert.NotEqual(before, await frame.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('haltern-bot.conversation')).conversation.token"));
        await widget.SendBox.FocusAsync();
        await widget.AskByKeyboardAsync("mehr dazu");
        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(3, new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task An_expired_conversation_is_said_plainly_on_the_next_page_with_a_button_for_a_new_one()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new Widget(page);
        await widget.OpenOnAsync(server.City.Page("/buergerbuero"));

        // The citizen comes back to the tab after longer than a conversation and a token live.
        server.Time.Advance(TimeSpan.FromMinutes(31));
        await page.GotoAsync(server.City.Page("/standesamt").ToString());

        await Assertions.Expect(widget.Frame.Locator("#status")).ToContainTextAsync("abgelaufen", new() { Timeout = 20_000 });
        await Assertions.Expect(widget.Restart).ToBeVisibleAsync();
        await widget.Restart.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(widget.BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(widget.Restart).ToBeHiddenAsync();
        await Assertions.Expect(widget.Frame.Locator("#status")).ToBeEmptyAsync();
    }

    private Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800) =>
        server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 480,
            HasTouch = width < 480,
        });

    private static async Task TabToLauncherAsync(IPage page, Widget widget)
    {
        await Assertions.Expect(widget.Launcher).ToBeVisibleAsync(new() { Timeout = 15_000 });
        for (var i = 0; i < 20 && !await widget.Launcher.EvaluateAsync<bool>("e => document.hasFocus() && document.activeElement === e"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(widget.Launcher).ToBeFocusedAsync();
        // The focus is visible: an outline of 3 px drawn inside the frame.
        Assert.Equal("solid", await widget.Launcher.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    private static Task<string> AccessibleNameAsync(Widget widget) =>
        widget.Launcher.EvaluateAsync<string>("e => (e.getAttribute('aria-label') || e.textContent).trim()");

    /// <summary>No horizontal scrolling on the host page or in the panel; on a phone the panel fills the screen.</summary>
    private static async Task AssertFitsAsync(IPage page, Widget widget, int width, int height)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the host page scrolls sideways");
        var frame = await widget.ContentAsync();
        Assert.True(await frame.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the panel scrolls sideways");
        var box = await widget.Element.BoundingBoxAsync() ?? throw new InvalidOperationException("The widget's frame is not shown.");
        if (width < 480)
        {
            Assert.Equal((0f, 0f, (float)width, (float)height), (box.X, box.Y, box.Width, box.Height));
        }
        else
        {
            Assert.True(box.Width < width && box.Height < height, $"the panel covers {box.Width}x{box.Height} of {width}x{height}");
        }
    }
}
