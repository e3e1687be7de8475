using System.Text.RegularExpressions;
using Haltern.Assistant.Language;
using Lucene.Net.Analysis.Pattern;

namespace Haltern.Assistant.Search;

/// <summary>
/// Initialisms German writes for a phrase (<c>Language/de/initialisms.txt</c>: "U3" for "unter drei Jahren"): a
/// text's phrase is read with its initialism after it, so a question's "U3-Plätze" meets "Plätze für Kinder unter
/// drei Jahren", and a question that writes the phrase meets a text that writes the initialism.
/// </summary>
internal static class Initialisms
{
    private static readonly Lazy<(Regex Phrase, string Replacement)[]> Entries = new(Load);

    /// <summary>The reader with each phrase of the file followed by its initialism.</summary>
    public static TextReader Around(TextReader reader)
    {
        foreach (var (phrase, replacement) in Entries.Value)
        {
            reader = new PatternReplaceCharFilter(phrase, replacement, reader);
        }

        return reader;
    }

    private static (Regex, string)[] Load()
    {
        using var reader = LanguageFiles.Open("de/initialisms.txt");
        var entries = new List<(Regex, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split("=>") is not [var initialism, var phrases])
            {
                continue;
            }

            var words = phrases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
            var pattern = new Regex(@"\b(" + string.Join('|', words) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            entries.Add((pattern, "$1 " + initialism.Trim()));
        }

        return [.. entries];
    }
}
