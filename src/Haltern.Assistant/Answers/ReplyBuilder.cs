using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Assistant.Answers;

/// <summary>
/// Builds a reply's text and its speech side by side, so that what is read aloud is what is written, minus
/// what does not belong in the ear: Markdown, URLs and e-mail addresses are left out of speech, phone numbers
/// are spoken as digits (<c>say-as interpret-as="telephone"</c>), long lists are cut short.
/// </summary>
public sealed partial class ReplyBuilder
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _speech = new();
    private readonly string _locale;

    public ReplyBuilder(bool english)
    {
        _locale = english ? "en-US" : "de-DE";
    }

    public string Locale => _locale;

    /// <summary>Text that is both written and spoken (Markdown stripped for speech).</summary>
    public ReplyBuilder Say(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text.Append(text);
        _speech.Append(SpeakableText(text));
        return this;
    }

    /// <summary>Text that is only written (a source line, a URL, a long list).</summary>
    public ReplyBuilder Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text.Append(text);
        return this;
    }

    /// <summary>Text that is only spoken.</summary>
    public ReplyBuilder Speak(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _speech.Append(SpeakableText(text));
        return this;
    }

    /// <summary>A phone number: written as given, spoken digit group by digit group.</summary>
    public ReplyBuilder Phone(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        _text.Append(number);
        var digits = string.Join(' ', DigitGroups().Matches(number).Select(m => m.Value));
        _speech.Append("<say-as interpret-as=\"telephone\">").Append(SecurityElement.Escape(digits)).Append("</say-as>");
        return this;
    }

    /// <summary>A paragraph break in the text, a short pause in speech.</summary>
    public ReplyBuilder Break()
    {
        _text.Append("\n\n");
        _speech.Append("<break time=\"300ms\"/>");
        return this;
    }

    public Reply Build(ReplyTopic topic, bool answered = true, IReadOnlyList<string>? suggestions = null, bool expectsInput = false) => new()
    {
        Text = _text.ToString().Trim(),
        Speak = Ssml(_speech.ToString().Trim(), _locale),
        Locale = _locale,
        Topic = topic,
        Answered = answered,
        Suggestions = suggestions ?? [],
        ExpectsInput = expectsInput,
    };

    /// <summary>A complete SSML document around <paramref name="innerSsml"/> (already escaped).</summary>
    public static string Ssml(string innerSsml, string locale) =>
        $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{locale}\">{innerSsml}</speak>";

    /// <summary>Plain text made fit to be spoken and escaped for SSML.</summary>
    public static string SpeakableText(string text)
    {
        var plain = Url().Replace(text, string.Empty);
        plain = Email().Replace(plain, string.Empty);
        plain = Markdown().Replace(plain, string.Empty);
        plain = Whitespace().Replace(plain, " ");
        return SecurityElement.Escape(plain) ?? string.Empty;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|^#+\s*|^\s*[-*•]\s+|`", RegexOptions.Multiline)]
    private static partial Regex Markdown();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
