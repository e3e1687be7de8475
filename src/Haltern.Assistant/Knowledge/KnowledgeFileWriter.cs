using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Assistant.Knowledge;

/// <summary>
/// Writes knowledge files so that a watching bot never reads half a file, and names them: used by the import
/// command (<c>tools/Haltern.Import</c>) and by the bot when staff save an answer as knowledge.
/// </summary>
public static partial class KnowledgeFileWriter
{
    /// <summary>The suffix of a file being written; the knowledge loader and watcher read <c>*.md</c> only.</summary>
    public const string TemporarySuffix = ".import-tmp";

    private const int MaxSlugLength = 80;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes <paramref name="text"/> beside <paramref name="target"/> under a name the knowledge loader ignores,
    /// then moves it over the target in one step (UTF-8 without a byte order mark).
    /// </summary>
    public static async Task WriteAtomicallyAsync(string target, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        ArgumentNullException.ThrowIfNull(text);
        var temporary = target + TemporarySuffix;
        await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>A file-name slug: lower case, umlauts spelled out (ä → ae, ß → ss), other characters as dashes.</summary>
    public static string Slug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var spelled = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            spelled.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }

        // Remaining accents (é, à, ...) lose their marks; everything that is not a letter or digit becomes a dash.
        var decomposed = spelled.ToString().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        var slug = NonSlug().Replace(plain.ToString(), "-").Trim('-');
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 0 ? cut : MaxSlugLength)];
        }

        return slug.Length == 0 ? "artikel" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
