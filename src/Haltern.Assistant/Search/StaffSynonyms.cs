using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Microsoft.Extensions.Logging;

namespace Haltern.Assistant.Search;

/// <summary>
/// The staff's own synonyms: <c>synonyme.txt</c> at the top of the knowledge folder, in the Solr synonyms format
/// (see docs/knowledge-format.md). A question's word meets the others of its line as it meets the thesaurus'
/// synonyms, before them. A line that cannot be used is logged and listed with its number; the rest is used.
/// </summary>
internal static partial class StaffSynonyms
{
    public const string FileName = "synonyme.txt";

    /// <summary>When and how large the file was when read; null when there is none.</summary>
    public static (DateTime Written, long Length)? Stamp(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, FileName));
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }

    /// <summary>The synonyms of <paramref name="folder"/>, and the lines skipped (as skipped files with their line).</summary>
    public static (SynonymFile Synonyms, IReadOnlyList<SkippedFile> Skipped) Load(string folder, ILogger logger)
    {
        var path = Path.Combine(folder, FileName);
        SynonymFile synonyms;
        try
        {
            if (!File.Exists(path))
            {
                return (SynonymFile.Empty, []);
            }

            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            synonyms = SynonymFile.Read(reader, GermanTextAnalyzer.ForSynonyms, expand: true, singleWords: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            LogUnreadable(logger, FileName, ex.Message);
            return (SynonymFile.Empty, [new SkippedFile(FileName, null, "the file cannot be read: " + ex.Message)]);
        }

        var skipped = synonyms.Problems.Select(p => new SkippedFile(FileName, p.Line, p.Reason)).ToArray();
        foreach (var line in skipped)
        {
            LogLineSkipped(logger, line.Path, line.Line ?? 0, line.Reason);
        }

        LogLoaded(logger, synonyms.Rules, skipped.Length);
        return (synonyms, skipped);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped synonym line {File}:{Line}: {Reason}")]
    private static partial void LogLineSkipped(ILogger logger, string file, int line, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped synonym file {File}: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff synonyms: {Rules} lines used, {Skipped} skipped")]
    private static partial void LogLoaded(ILogger logger, int rules, int skipped);
}
