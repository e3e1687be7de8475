using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haltern.DirectLine;
using Haltern.Bot.Staff;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.WebChat;

/// <summary>
/// The widget's frame (<c>GET /widget?lang=de|en</c>): <c>widget.html</c> with the page's language, the accent
/// colour and the widget's settings and texts filled in. The texts (labels, the privacy notice, the voice notice)
/// come from <c>widget.de.json</c> and <c>widget.en.json</c> beside the page, the one place they are written;
/// <c>{conversationMinutes}</c>, <c>{retentionDays}</c> and <c>{speechProcessor}</c> in them are filled from the
/// configuration, so the notice says what the bot is set to do.
/// </summary>
public sealed class WidgetPage
{
    /// <summary>The languages the widget speaks; the first is used for any other page language.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    private readonly string _pageDirectory;
    private readonly WebChatOptions _options;
    private readonly IReadOnlyDictionary<string, string> _placeholders;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _pages;

    public WidgetPage(string pageDirectory, IOptions<WebChatOptions> options, IOptions<DirectLineOptions> directLine, IOptions<StaffOptions> staff)
    {
        ArgumentException.ThrowIfNullOrEmpty(pageDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(staff);
        _pageDirectory = pageDirectory;
        _options = options.Value;
        _placeholders = new Dictionary<string, string>
        {
            ["{conversationMinutes}"] = ((int)Math.Ceiling(directLine.Value.ConversationIdleTimeout.TotalMinutes)).ToString(CultureInfo.InvariantCulture),
            ["{retentionDays}"] = staff.Value.RetentionDays.ToString(CultureInfo.InvariantCulture),
            ["{speechProcessor}"] = _options.SpeechService.Processor.Trim(),
        };
        _pages = new Lazy<IReadOnlyDictionary<string, string>>(() => Languages.ToDictionary(language => language, Render));
    }

    /// <summary>The language the widget uses for a page in <paramref name="requested"/> (<c>en-GB</c> → <c>en</c>).</summary>
    public static string LanguageFor(string? requested)
    {
        var primary = (requested ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return Languages.Contains(primary) ? primary : Languages[0];
    }

    /// <summary>The frame's HTML in one of <see cref="Languages"/>; rendered once per language.</summary>
    public string Html(string language) => _pages.Value[LanguageFor(language)];

    /// <summary>The texts of one language with the configuration filled in.</summary>
    public JsonObject Texts(string language)
    {
        var path = Path.Combine(_pageDirectory, $"widget.{LanguageFor(language)}.json");
        var texts = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} holds no JSON object.");
        Fill(texts);
        return texts;
    }

    private string Render(string language)
    {
        var settings = new JsonObject
        {
            ["lang"] = language,
            ["speech"] = _options.Speech,
            ["externalDirectLine"] = _options.UsesExternalDirectLine,
            ["citySpeech"] = _options.SpeechService.IsConfigured,
            ["texts"] = Texts(language),
        };
        var accent = _options.AccentColor.ToLowerInvariant();
        // System.Text.Json escapes <, > and & by default, so the JSON cannot end the script element it sits in.
        return File.ReadAllText(Path.Combine(_pageDirectory, "widget.html"))
            .Replace("<html lang=\"de\">", $"<html lang=\"{language}\">", StringComparison.Ordinal)
            .Replace("--accent: #004a8f;", $"--accent: {accent};", StringComparison.Ordinal)
            .Replace("--accent-dark: #00305e;", $"--accent-dark: {AccentColors.Darker(accent, 0.35)};", StringComparison.Ordinal)
            .Replace("{\"settings\":null}", settings.ToJsonString(new JsonSerializerOptions()), StringComparison.Ordinal);
    }

    private void Fill(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        obj[key] = Replace(s);
                    }
                    else
                    {
                        Fill(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        array[i] = Replace(s);
                    }
                    else
                    {
                        Fill(array[i]);
                    }
                }

                break;
        }
    }

    private string Replace(string text) =>
        _placeholders.Aggregate(text, (current, placeholder) => current.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal));
}
