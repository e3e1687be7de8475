using System.Reflection;

namespace Haltern.Assistant.Language;

/// <summary>
/// The language data shipped with the assistant (stop words, cue words, glossary, synonyms), kept as text files
/// under <c>Language/</c> and embedded in the assembly, so that the bot finds them wherever it is started.
/// Every file names its source in its first comment lines; see <c>Language/README.md</c> for the formats.
/// </summary>
public static class LanguageFiles
{
    private static readonly Assembly Assembly = typeof(LanguageFiles).Assembly;
    private static readonly string Prefix = Assembly.GetName().Name + ".Language.";

    /// <summary>Opens a shipped language file by its path below <c>Language/</c>, for example <c>de/stopwords-index.txt</c>.</summary>
    /// <exception cref="FileNotFoundException">No such file is shipped.</exception>
    public static TextReader Open(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var name = Prefix + relativePath.Replace('/', '.').Replace('\\', '.');
        var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException("No language file 'Language/" + relativePath + "' is shipped with the assistant.", relativePath);
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    /// <summary>The paths below <c>Language/</c> of every shipped language file, as <see cref="Open"/> takes them.</summary>
    /// <remarks>A resource name no longer tells a folder's dot from a file name's; the last dot starts the extension.</remarks>
    public static IReadOnlyList<string> All() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Select(n => n.Replace('.', '/') + ".txt")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The paths below <c>Language/</c> of the shipped files in <paramref name="folder"/>, for example <c>cues</c>.</summary>
    public static IReadOnlyList<string> In(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var prefix = Prefix + folder.Replace('/', '.').TrimEnd('.') + ".";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => folder.TrimEnd('/') + "/" + n[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
