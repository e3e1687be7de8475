using System.Text;
using System.Text.RegularExpressions;
using Haltern.Bot.Bot;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Teams;

/// <summary>
/// Makes an outgoing message readable in Teams: the Markdown subset Teams renders in every client (bold, plain
/// paragraphs, "•" bullets; no headings), no SSML or other markup in the text, and choices as buttons of an
/// Adaptive Card in channels and group chats, where suggested actions are not shown. The card is sent as JSON
/// (the AdaptiveCards assembly is not available).
/// </summary>
public static partial class TeamsReplyFormatter
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams shows at most this many suggested actions in a chat.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>Rewrites a message activity for Teams, in place.</summary>
    /// <param name="activity">The outgoing activity; activities that are not messages are left alone.</param>
    /// <param name="shared">True in a channel or group chat.</param>
    public static void Format(Activity activity, bool shared)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (activity.Text is { Length: > 0 } text)
        {
            activity.Text = ToTeamsMarkdown(text);
            activity.TextFormat = TextFormatTypes.Markdown;
        }

        var choices = activity.SuggestedActions?.Actions?
            .Select(a => a.Value?.ToString() ?? a.Title)
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c!)
            .ToList() ?? [];
        if (choices.Count == 0)
        {
            return;
        }

        if (shared)
        {
            activity.SuggestedActions = null;
            activity.Attachments ??= [];
            activity.Attachments.Add(ChoiceCard(choices, activity.Locale));
        }
        else if (activity.SuggestedActions!.Actions.Count > MaxSuggestedActions)
        {
            activity.SuggestedActions.Actions = activity.SuggestedActions.Actions.Take(MaxSuggestedActions).ToList();
        }
    }

    /// <summary>An Adaptive Card (as JSON) whose buttons send the choice back as a message.</summary>
    public static Attachment ChoiceCard(IReadOnlyList<string> choices, string? locale)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var english = locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var actions = new JArray(choices.Select(choice => new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = choice,
            ["data"] = new JObject
            {
                // Teams turns messageBack into a message with this text; the key marks it as this bot's button,
                // so it is answered in a channel without an @mention.
                ["msteams"] = new JObject { ["type"] = "messageBack", ["text"] = choice, ["displayText"] = choice },
                [TeamsConversation.ChoiceKey] = choice,
            },
        }));
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = new JArray(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = BotPhrases.For(english).AlsoAsk,
                ["wrap"] = true,
                ["size"] = "Small",
                ["isSubtle"] = true,
            }),
            ["actions"] = actions,
        };
        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }

    /// <summary>Reduces Markdown to what every Teams client shows, and drops any markup a voice channel would read.</summary>
    public static string ToTeamsMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutMarkup = MarkupTag().Replace(LineBreakTag().Replace(text, "\n"), string.Empty);
        var paragraphs = new List<string>();
        foreach (var raw in withoutMarkup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                line = $"**{heading.Groups[1].Value.Trim()}**";
            }
            else
            {
                var bullet = Bullet().Match(line);
                if (bullet.Success)
                {
                    line = "• " + bullet.Groups[1].Value;
                }
            }

            paragraphs.Add(line);
        }

        // Teams does not reliably break on a single newline: a blank line between lines does in every client.
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(paragraph);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    // SSML and the few HTML/XML tags a text may carry by mistake; <at> is Teams' own and is handled on the way in.
    [GeneratedRegex(@"</?(?:speak|voice|break|say-as|prosody|emphasis|sub|phoneme|lang|audio|mark|p|s|span|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"^#{1,6}\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-*+]\s+(.+)$")]
    private static partial Regex Bullet();
}
