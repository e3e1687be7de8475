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
        await page.WaitForURLAsync("**/standesamt");

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
