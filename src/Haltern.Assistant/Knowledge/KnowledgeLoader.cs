using System.Globalization;
using System.Text;
using Haltern.Assistant.Hours;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Haltern.Assistant.Knowledge;

/// <summary>
/// Reads a knowledge folder: <c>news/*.md</c> (articles) and <c>services/*.md</c> (offices, contacts, services),
/// each Markdown with a YAML front matter block between <c>---</c> lines. A file that cannot be read is
/// reported with its path, line and reason and skipped; the rest is served.
/// </summary>
public sealed class KnowledgeLoader
{
    public const string NewsFolder = "news";
    public const string ServicesFolder = "services";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private readonly ILogger _logger;

    public KnowledgeLoader(ILogger<KnowledgeLoader>? logger = null)
    {
        _logger = logger ?? NullLogger<KnowledgeLoader>.Instance;
    }

    /// <summary>Reads every knowledge file below <paramref name="folder"/>.</summary>
    public KnowledgeSet Load(string folder)
    {
        var set = KnowledgeSet.From(LoadFiles(folder));
        _logger.LogInformation("Loaded {Articles} articles and {Services} services, skipped {Skipped} files",
            set.Articles.Count, set.Services.Count, set.Skipped.Count);
        return set;
    }

    /// <summary>Reads every knowledge file below <paramref name="folder"/>, each with what it was read from (see <see cref="KnowledgeFile"/>).</summary>
    public IReadOnlyList<KnowledgeFile> LoadFiles(string folder) => Scan(folder).Select(file => LoadFile(folder, file)).ToArray();

    /// <summary>
    /// The knowledge files below <paramref name="folder"/> (<c>news/**/*.md</c>, <c>services/**/*.md</c>) with their
    /// last write time and length, in the order they are read: by path.
    /// </summary>
    public static IReadOnlyList<KnowledgeFileStamp> Scan(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The knowledge folder '{folder}' does not exist.");
        }

        return new[] { NewsFolder, ServicesFolder }
            .Select(sub => new DirectoryInfo(Path.Combine(folder, sub)))
            .Where(d => d.Exists)
            .SelectMany(d => d.EnumerateFiles("*.md", SearchOption.AllDirectories))
            .Select(f => new KnowledgeFileStamp(Path.GetRelativePath(folder, f.FullName).Replace('\\', '/'), f.LastWriteTimeUtc, f.Length))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Reads one knowledge file found by <see cref="Scan"/>: an article below <c>news/</c>, a service below
    /// <c>services/</c>. A file that cannot be read is logged with its path, line and reason and returned as skipped.
    /// </summary>
    public KnowledgeFile LoadFile(string folder, KnowledgeFileStamp stamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(stamp);
        byte[] bytes = [];
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(folder, stamp.Id));
            var text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            if (stamp.Id.StartsWith(NewsFolder + "/", StringComparison.Ordinal))
            {
                return new KnowledgeFile(stamp, Hash(bytes)) { Article = ParseArticle(stamp.Id, text) };
            }

            var skippedEntries = new List<SkippedEntry>();
            var service = ParseService(stamp.Id, text, skippedEntries);
            foreach (var entry in skippedEntries)
            {
                _logger.LogWarning("Skipped an entry of knowledge file {File} at line {Line}: {Reason}", entry.Path, entry.Line, entry.Reason);
            }

            return new KnowledgeFile(stamp, Hash(bytes)) { Service = service, SkippedEntries = skippedEntries };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var file = new SkippedFile(stamp.Id, (ex as KnowledgeFileException)?.Line, ex switch
            {
                KnowledgeFileException => ex.Message,
                DecoderFallbackException => "the file is not UTF-8 text",
                FileNotFoundException or DirectoryNotFoundException => "the file was removed while it was read",
                IOException or UnauthorizedAccessException => "the file cannot be read",
                _ => "the file could not be understood (" + ex.GetType().Name + ")",
            });
            _logger.LogWarning("Skipped knowledge file {File} at line {Line}: {Reason}", file.Path, file.Line, file.Reason);
            return new KnowledgeFile(stamp, Hash(bytes)) { Skipped = file };
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Parses one article file's text; <paramref name="id"/> is its path below the folder.</summary>
    /// <exception cref="KnowledgeFileException">The file is not a valid article.</exception>
    public static Article ParseArticle(string id, string text)
    {
        var (front, body) = Split(text);
        return new Article
        {
            Id = id,
            Title = RequiredString(front, "title"),
            Date = RequiredDate(front, "date"),
            Teaser = OptionalString(front, "teaser"),
            Category = OptionalString(front, "category"),
            Source = OptionalString(front, "source"),
            Paragraphs = Paragraphs(body),
        };
    }

    /// <summary>
    /// Parses one service file's text; <paramref name="id"/> is its path below the folder. An <c>hours</c> or
    /// <c>closed</c> entry that cannot be read is left out and added to <paramref name="skipped"/> with its line;
    /// without that list, it makes the file invalid.
    /// </summary>
    /// <exception cref="KnowledgeFileException">The file is not a valid service.</exception>
    public static Service ParseService(string id, string text, ICollection<SkippedEntry>? skipped = null)
    {
        var (front, body) = Split(text);
        void Skip(int line, string reason) =>
            (skipped ?? throw new KnowledgeFileException(line, reason)).Add(new SkippedEntry(id, line, reason));
        return new Service
        {
            Id = id,
            Title = RequiredString(front, "title"),
            Phone = OptionalString(front, "phone"),
            Email = OptionalString(front, "email"),
            Address = OptionalString(front, "address"),
            Person = OptionalString(front, "person"),
            Role = OptionalString(front, "role"),
            Place = OptionalString(front, "place"),
            Hours = ParseHours(front, Skip),
            Questions = StringList(front, "questions"),
            Keywords = StringList(front, "keywords"),
            Paragraphs = Paragraphs(body),
        };
    }

    private sealed record FrontMatter(YamlMappingNode Map, int LineOffset);

    private static (FrontMatter Front, string Body) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new KnowledgeFileException(1, "the file does not start with a front matter block ('---')");
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0)
        {
            throw new KnowledgeFileException(1, "the front matter block is not closed with '---'");
        }

        var yaml = string.Join('\n', lines[1..end]);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new KnowledgeFileException((int)ex.Start.Line + 1, $"the front matter is not valid YAML: {FirstLine(ex.Message)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on some unterminated constructs ("title: [open").
            throw new KnowledgeFileException(end, "the front matter is not valid YAML: a bracket or quote is not closed");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new KnowledgeFileException(2, "the front matter is not a list of 'key: value' lines");
        }

        return (new FrontMatter(map, 1), string.Join('\n', lines[(end + 1)..]));
    }

    private static string FirstLine(string message)
    {
        var text = message.Split('\n')[0];
        var paren = text.IndexOf("):", StringComparison.Ordinal);
        return (paren >= 0 ? text[(paren + 2)..] : text).Trim();
    }

    private static YamlNode? Value(FrontMatter front, string key) =>
        front.Map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && string.Equals(k.Value, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static int Line(FrontMatter front, YamlNode node) => (int)node.Start.Line + front.LineOffset;

    private static string? OptionalString(FrontMatter front, string key)
    {
        var node = Value(front, key);
        return node switch
        {
            null => null,
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(),
            _ => throw new KnowledgeFileException(Line(front, node), $"'{key}' must be a single value"),
        };
    }

    private static string RequiredString(FrontMatter front, string key) =>
        OptionalString(front, key) ?? throw new KnowledgeFileException(
            Value(front, key) is { } node ? Line(front, node) : 2, $"the required key '{key}' is missing or empty");

    private static DateOnly RequiredDate(FrontMatter front, string key)
    {
        var text = RequiredString(front, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new KnowledgeFileException(Line(front, Value(front, key)!), $"'{key}' must be a real date written yyyy-mm-dd");
    }

    private static IReadOnlyList<string> StringList(FrontMatter front, string key)
    {
        var node = Value(front, key);
        return node switch
        {
            null => [],
            YamlScalarNode scalar when string.IsNullOrWhiteSpace(scalar.Value) => [],
            YamlScalarNode scalar => [scalar.Value!.Trim()],
            YamlSequenceNode list => list.Children.Select(item => item is YamlScalarNode s
                    ? s.Value?.Trim() ?? string.Empty
                    : throw new KnowledgeFileException(Line(front, item), $"each entry of '{key}' must be a single value"))
                .Where(s => s.Length > 0)
                .ToArray(),
            _ => throw new KnowledgeFileException(Line(front, node), $"'{key}' must be a list"),
        };
    }

    private static WeeklyHours ParseHours(FrontMatter front, Action<int, string> skip)
    {
        var slots = new List<HoursEntry>();
        var notes = new List<DayNote>();
        foreach (var (line, value) in Entries(front, "hours", "'Mo 08:00-12:30'", skip))
        {
            try
            {
                var parsed = HoursParser.Parse(value);
                slots.AddRange(parsed.Slots);
                notes.AddRange(parsed.Notes);
            }
            catch (FormatException ex)
            {
                skip(line, ex.Message);
            }
        }

        var closures = new List<Closure>();
        foreach (var (line, value) in Entries(front, "closed", "'2026-12-24 bis 2027-01-01: Betriebsferien'", skip))
        {
            try
            {
                closures.Add(ClosureParser.Parse(value));
            }
            catch (FormatException ex)
            {
                skip(line, ex.Message);
            }
        }

        var openOnHolidays = false;
        if (Value(front, "holidays") is { } holidays)
        {
            var text = holidays is YamlScalarNode { Value: { } v } ? v.Trim().ToLowerInvariant() : null;
            openOnHolidays = text is "open" or "geöffnet" or "offen";
            if (!openOnHolidays && text is not ("closed" or "geschlossen"))
            {
                skip(Line(front, holidays), "'holidays' must be 'open' or 'closed' (the default: public holidays close the service)");
            }
        }

        return slots.Count == 0 && notes.Count == 0 && closures.Count == 0 && !openOnHolidays
            ? WeeklyHours.None
            : new WeeklyHours(slots, notes) { Closures = closures, OpenOnHolidays = openOnHolidays };
    }

    /// <summary>
    /// The entries of a list key, each with its line: a line of text, or, where YAML reads a colon in it as a
    /// key (<c>- 2027-02-08: Rosenmontag</c>, <c>- Di: nach Vereinbarung</c>), that key and value joined again.
    /// </summary>
    private static IEnumerable<(int Line, string Value)> Entries(FrontMatter front, string key, string example, Action<int, string> skip)
    {
        var node = Value(front, key);
        IEnumerable<YamlNode> entries = node switch
        {
            null => [],
            YamlScalarNode scalar when string.IsNullOrWhiteSpace(scalar.Value) => [],
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode list => list.Children,
            _ => throw new KnowledgeFileException(Line(front, node), $"'{key}' must be a list of entries like {example}"),
        };

        foreach (var entry in entries)
        {
            switch (entry)
            {
                case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                    yield return (Line(front, entry), value);
                    break;
                case YamlMappingNode { Children.Count: 1 } pair
                    when pair.Children.First() is { Key: YamlScalarNode { Value: { } k }, Value: YamlScalarNode { Value: { } v } }:
                    yield return (Line(front, entry), k + ": " + v);
                    break;
                default:
                    skip(Line(front, entry), $"each entry of '{key}' must be one line like {example}");
                    break;
            }
        }
    }

    /// <summary>The body as plain-text paragraphs: one per Markdown paragraph, heading or list item, formatting removed, links reduced to their text.</summary>
    internal static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var paragraphs = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var text = new StringBuilder();
            if (block.Inline is { } inline)
            {
                foreach (var node in inline.Descendants())
                {
                    text.Append(node switch
                    {
                        LiteralInline literal => literal.Content.ToString(),
                        CodeInline code => code.Content,
                        LineBreakInline => " ",
                        _ => string.Empty,
                    });
                }
            }
            else if (block is CodeBlock code)
            {
                text.AppendJoin(' ', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
            }

            var paragraph = string.Join(' ', text.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }
}
