using System.Globalization;
using System.Text;
using Haltern.Assistant.Knowledge;

namespace Haltern.Import;

/// <summary>What happened to one export.</summary>
public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Skipped,
}

/// <summary>The result for one export: the article file it maps to (when known), the outcome and why.</summary>
public sealed record ImportResult(string Source, string? Target, ImportOutcome Outcome, string? Reason);

/// <summary>
/// Turns CMS page exports into article files <c>&lt;yyyy-mm-dd&gt;-&lt;slug&gt;.md</c> in a news folder.
/// Idempotent: the file name comes from the date and the title, and a page already imported unchanged is left
/// as it is. A file edited by hand since the importer wrote it (its <c>import-hash</c> no longer matches) or a
/// file the importer never wrote is only overwritten when forced.
/// </summary>
public sealed class ArticleImporter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CmsPageReader _reader;

    public ArticleImporter(CmsPageReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Imports each export in order into <paramref name="targetFolder"/> (created when missing).</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IEnumerable<string> exportFiles, string targetFolder, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exportFiles);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);

        Directory.CreateDirectory(targetFolder);
        var results = new List<ImportResult>();
        foreach (var export in exportFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ImportOneAsync(export, targetFolder, force, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<ImportResult> ImportOneAsync(string export, string targetFolder, bool force, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(export, s_utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new ImportResult(export, null, ImportOutcome.Skipped, $"cannot be read: {ex.Message}");
        }

        var read = _reader.Read(text);
        if (read.Page is not { } page)
        {
            return new ImportResult(export, null, ImportOutcome.Skipped, read.Error);
        }

        var target = Path.Combine(targetFolder, FileNameFor(page));
        ArticleFile? existing = null;
        string? current = null;
        var existed = File.Exists(target);
        if (existed)
        {
            try
            {
                current = await File.ReadAllTextAsync(target, s_utf8, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                return new ImportResult(export, target, ImportOutcome.Skipped, $"the existing file cannot be read: {ex.Message}");
            }

            existing = ArticleFile.TryParse(current);
            if (!force)
            {
                if (existing is null || existing.StoredHash is null)
                {
                    return new ImportResult(export, target, ImportOutcome.Skipped, "the file exists and was not written by the importer; use --force to overwrite it");
                }

                if (!existing.IsAsImported)
                {
                    return new ImportResult(export, target, ImportOutcome.Skipped, "the file was edited by hand since it was imported; use --force to overwrite it");
                }
            }
        }

        // Keys staff added (category, source, ...) survive a re-import.
        var file = ArticleFile.FromPage(page, existing?.OtherKeys);
        var newText = file.ToText();
        if (current is not null && string.Equals(current, newText, StringComparison.Ordinal))
        {
            return new ImportResult(export, target, ImportOutcome.Unchanged, "already imported with the same content");
        }

        await WriteAtomicallyAsync(target, newText, cancellationToken).ConfigureAwait(false);
        return !existed
            ? new ImportResult(export, target, ImportOutcome.Created, null)
            : new ImportResult(export, target, ImportOutcome.Updated, force ? "overwritten (--force)" : "the page changed since the last import");
    }

    /// <summary>The file name for a page: <c>yyyy-mm-dd-slug-of-the-title.md</c>.</summary>
    public static string FileNameFor(CmsPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return $"{page.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug(page.Title)}.md";
    }

    /// <summary>A file-name slug: lower case, umlauts spelled out (ä → ae, ß → ss), other characters as dashes.</summary>
    public static string Slug(string title) => KnowledgeFileWriter.Slug(title);

    // The bot writes knowledge files the same way (staff answers saved as knowledge).
    private static Task WriteAtomicallyAsync(string target, string text, CancellationToken cancellationToken) =>
        KnowledgeFileWriter.WriteAtomicallyAsync(target, text, cancellationToken);
}
