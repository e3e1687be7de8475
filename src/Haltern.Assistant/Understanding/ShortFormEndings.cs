using System.Text.RegularExpressions;
using Haltern.Assistant.Language;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// A compound a citizen writes with a short form for its last part ("Bergstr.", "Waldkiga"), written out before the
/// question is read ("Bergstraße"): the index holds the compound in full, and the short form's period would end the
/// clause early ("Wann macht die Kita Brückstr. auf?"). The short forms are those of <c>de/short-forms.txt</c>.
/// </summary>
internal static partial class ShortFormEndings
{
    /// <summary>Each short form with its full word, folded ("str", "strasse") and as written ("straße").</summary>
    private static readonly (string Short, string Full)[] Endings = Read();

    /// <summary>At least this many letters before a short form make it a compound's last part.</summary>
    private const int MinFirstPart = 3;

    /// <summary>
    /// <paramref name="text"/> with every compound that ends in a short form written out, where the knowledge holds the
    /// compound in full (<paramref name="known"/>): "Meistr" is a typo, not a street.
    /// </summary>
    public static string WriteOut(string text, Func<string, bool> known)
    {
        if (Endings.Length == 0 || text.Length == 0)
        {
            return text;
        }

        return Word().Replace(text, match =>
        {
            var word = match.Groups["word"].Value;
            var folded = Lexicon.Fold(word);
            foreach (var (@short, full) in Endings)
            {
                if (folded.Length >= @short.Length + MinFirstPart && folded.EndsWith(@short, StringComparison.Ordinal)
                    && word[..^@short.Length] + full is var whole && known(whole))
                {
                    return whole;
                }
            }

            return match.Value;
        });
    }

    private static (string, string)[] Read()
    {
        var endings = new List<(string, string)>();
        using var reader = LanguageFiles.Open(Thesaurus.ShortForms);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var set = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var full = set.MaxBy(w => w.Length)!;
            // Only a short form that is an abbreviation of a word's end (no initialism: "PV" ends no word).
            endings.AddRange(set.Where(w => w != full && w.Length >= 2 && w.Any(char.IsLower))
                .Select(w => (Lexicon.Fold(w), full.ToLowerInvariant())));
        }

        return [.. endings];
    }

    /// <summary>A word, with the period of an abbreviation after it.</summary>
    [GeneratedRegex(@"(?<word>\p{L}+)\.?(?=\s|$|[?!,;:)])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
