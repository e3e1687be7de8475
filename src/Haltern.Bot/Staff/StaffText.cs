using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Bot.Staff;

/// <summary>
/// Makes text that came from outside (what a citizen wrote, a knowledge file's title) plain text inside a staff
/// report: Markdown and HTML characters are escaped, and links are shown as <c>[Link]</c>, so nothing a citizen
/// wrote turns into a clickable link, formatting or markup in Teams.
/// </summary>
public static partial class StaffText
{
    private const string MarkdownCharacters = "\\`*_{}[]()#+-.!|~<>&\"'";

    /// <summary>The text as plain text for a Markdown report (Teams renders HTML entities and backslash escapes).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var unlinked = Link().Replace(text, PersonalDataMasker.LinkMask);
        var builder = new StringBuilder(unlinked.Length + 16);
        foreach (var c in unlinked)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break; // one line: no list or heading can start
                default:
                    if (char.IsControl(c))
                    {
                        continue;
                    }

                    if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    // Anything a client could turn into a link: a scheme, "www.", or a bare domain with a path.
    [GeneratedRegex(@"(?i:[a-z][a-z0-9+.\-]*:(?://)?\S+|www\.\S+|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}/\S*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Link();
}
