using Microsoft.Playwright;

namespace Haltern.Bot.BrowserTests;

/// <summary>The widget on a page, as a test reaches it: the frame inside <c>#haltern-bot-widget</c>'s shadow root.</summary>
public sealed class Widget(IPage page)
{
    public const string BotBubbleSelector = ".webchat__bubble:not(.webchat__bubble--from-user)";
    public const string UserBubbleSelector = ".webchat__bubble.webchat__bubble--from-user";

    public IPage Page { get; } = page;

    /// <summary>The iframe element on the host page (Playwright's CSS reaches into open shadow roots).</summary>
    public ILocator Element => Page.Locator("#haltern-bot-widget iframe");

    public IFrameLocator Frame => Page.FrameLocator("#haltern-bot-widget iframe");

    public ILocator Launcher => Frame.Locator("#launcher");

    public ILocator Panel => Frame.Locator("#panel");

    public ILocator SendBox => Frame.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator BotBubbles => Frame.Locator(BotBubbleSelector);

    public ILocator UserBubbles => Frame.Locator(UserBubbleSelector);

    public ILocator Transcript => Frame.Locator("#webchat");

    public ILocator Restart => Frame.Locator("#restart-button");

    /// <summary>Goes to a page of the site, opens the chat and waits for the bot's greeting.</summary>
    public async Task OpenOnAsync(Uri sitePage)
    {
        await Page.GotoAsync(sitePage.ToString());
        await Launcher.ClickAsync();
        await Assertions.Expect(BotBubbles).ToHaveCountAsync(1, new() { Timeout = 15_000 });
    }

    /// <summary>The frame as a Playwright frame, for script evaluation inside it.</summary>
    public async Task<IFrame> ContentAsync()
    {
        var handle = await Element.ElementHandleAsync();
        return await handle.ContentFrameAsync() ?? throw new InvalidOperationException("The widget's iframe has no frame.");
    }

    /// <summary>What the frame keeps in its sessionStorage for the tab (null when nothing).</summary>
    public async Task<string?> StoredConversationIdAsync()
    {
        var frame = await ContentAsync();
        return await frame.EvaluateAsync<string?>(
            "() => { const s = JSON.parse(sessionStorage.getItem('haltern-bot.conversation') || '{}'); return s.conversation ? s.conversation.id : null; }");
    }

    /// <summary>Types into the message box (which must have the focus) and sends with Enter: keyboard only.</summary>
    public async Task AskByKeyboardAsync(string question)
    {
        await Assertions.Expect(SendBox).ToBeFocusedAsync(new() { Timeout = 15_000 });
        await Page.Keyboard.TypeAsync(question);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Collects console errors and uncaught exceptions of the page and its frames.</summary>
    public static List<string> CollectErrors(IPage page)
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
