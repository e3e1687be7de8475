using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Haltern.Import;

/// <summary>
/// An article file in the knowledge format as the importer writes and re-reads it: YAML front matter
/// (<c>title</c>, <c>date</c>, <c>teaser</c>, keys staff added such as <c>category</c>, and <c>import-hash</c>)
/// and the body in Markdown paragraphs.
/// </summary>
/// <remarks>
/// <c>import-hash</c> is the SHA-256 of what the importer wrote (title, date, teaser, body). On the next import
/// a file whose content no longer matches its hash was edited by hand and is left alone unless forced. Keys the
/// importer does not own (<c>category</c>, <c>source</c>, ...) are kept as they are.
/// </remarks>
public sealed partial class ArticleFile
{
    /// <summary>The front matter key holding the hash of the imported content.</summary>
    public const string HashKey = "import-hash";

    private const string TitleKey = "title";
    private const string DateKey = "date";
    private const string TeaserKey = "teaser";
    private static readonly HashSet<string> s_ownedKeys = new(StringComparer.Ordinal) { TitleKey, DateKey, TeaserKey, HashKey };

    private static readonly ISerializer s_serializer = new SerializerBuilder().Build();

    private ArticleFile(string title, string date, string? teaser, string body, string? storedHash, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> otherKeys)
    {
        Title = title;
        Date = date;
        Teaser = teaser;
        Body = body;
        StoredHash = storedHash;
        OtherKeys = otherKeys;
    }

    public string Title { get; }

    /// <summary>The date as written (<c>yyyy-mm-dd</c>).</summary>
    public string Date { get; }

    public string? Teaser { get; }

    /// <summary>The Markdown body, paragraphs separated by one blank line, without trailing newline.</summary>
    public string Body { get; }

    /// <summary>The <c>import-hash</c> found in the file; null for a file the importer did not write.</summary>
    public string? StoredHash { get; }

    /// <summary>Front matter keys the importer does not own, in their order.</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> OtherKeys { get; }

    /// <summary>The hash of the content as it is now.</summary>
    public string ContentHash => ComputeHash(Title, Date, Teaser, Body);

    /// <summary>True when the content is exactly what the importer wrote last time.</summary>
    public bool IsAsImported => StoredHash is not null && string.Equals(StoredHash, ContentHash, StringComparison.Ordinal);

    /// <summary>The file the importer makes of a page, keeping <paramref name="otherKeys"/> from an earlier file.</summary>
    public static ArticleFile FromPage(CmsPage page, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>>? otherKeys = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var date = page.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = string.Join("\n\n", page.Paragraphs.Select(EscapeMarkdown));
        var file = new ArticleFile(page.Title, date, page.Teaser, body, null, otherKeys ?? []);
        return new ArticleFile(page.Title, date, page.Teaser, body, file.ContentHash, file.OtherKeys);
    }

    /// <summary>Reads a file written by the importer or by hand; null when it has no readable front matter.</summary>
    public static ArticleFile? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.ReplaceLineEndings("\n");
        if (normalized.StartsWith('\uFEFF'))
        {
            normalized = normalized[1..];
        }

        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = FrontMatterEnd().Match(normalized, 3);
        if (!end.Success)
        {
            return null;
        }

        var yaml = normalized[4..(end.Index + 1)];
        var body = normalized[(end.Index + end.Length)..].Trim('\n');
        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return null;
            }

            mapping = root;
        }
        catch (YamlException)
        {
            return null;
        }

        string? Scalar(string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

        var others = mapping.Children
            .Where(pair => pair.Key is not YamlScalarNode { Value: { } name } || !s_ownedKeys.Contains(name))
            .ToList();
        return new ArticleFile(Scalar(TitleKey) ?? string.Empty, Scalar(DateKey) ?? string.Empty, Scalar(TeaserKey), body, Scalar(HashKey), others);
    }

    /// <summary>The file's text: front matter written with YamlDotNet, then the body.</summary>
    public string ToText()
    {
        var mapping = new YamlMappingNode
        {
            { TitleKey, new YamlScalarNode(Title) },
            { DateKey, new YamlScalarNode(Date) },
        };
        if (Teaser is not null)
        {
            mapping.Add(TeaserKey, new YamlScalarNode(Teaser));
        }

        foreach (var (key, value) in OtherKeys)
        {
            mapping.Add(key, value);
        }

        mapping.Add(HashKey, new YamlScalarNode(StoredHash ?? ContentHash));

        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(s_serializer.Serialize(mapping).ReplaceLineEndings("\n"));
        text.Append("---\n");
        if (Body.Length > 0)
        {
            text.Append(Body).Append('\n');
        }

        return text.ToString();
    }

    private static string ComputeHash(string title, string date, string? teaser, string body)
    {
        var canonical = string.Join('\n', title, date, teaser ?? string.Empty, body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Escapes what Markdown would read as markup, so the text stays text: inline emphasis, code, links and HTML
    /// everywhere, headings, quotes, lists and rules at the start of a paragraph.
    /// </summary>
    internal static string EscapeMarkdown(string paragraph)
    {
        var escaped = InlineMarkup().Replace(paragraph, @"\$0");
        return BlockStart().Replace(escaped, m => m.Groups["digits"].Success
            ? m.Groups["digits"].Value + "\\" + m.Groups["mark"].Value
            : "\\" + m.Value);
    }

    [GeneratedRegex(@"\n---\n|\n---$")]
    private static partial Regex FrontMatterEnd();

    [GeneratedRegex(@"[\\`*_\[\]<]")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"^(?:(?<digits>\d{1,9})(?<mark>[.)])(?=\s|$)|[#>+=-])")]
    private static partial Regex BlockStart();
}
