using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Bot.Staff.Masking;

/// <summary>
/// The word lists of <see cref="PersonalDataMasker"/> (<c>Staff/Masking/*.txt</c>, embedded in the assembly; see the
/// README there), read once, and turned into regular-expression alternations.
/// </summary>
internal static class MaskingWords
{
    private static readonly Assembly Assembly = typeof(MaskingWords).Assembly;
    private static readonly string Prefix = Assembly.GetName().Name + ".Staff.";

    /// <summary>The entries of a list, in order, without comments and blank lines.</summary>
    public static IReadOnlyList<string> Read(string file) => ReadSections(file).SelectMany(s => s.Value).ToList();

    /// <summary>
    /// The entries of a list by <c>[Section]</c>; entries before the first heading are under "". The list is
    /// <c>Staff/{folder}/{file}</c> (the same format serves other word lists of the staff tools).
    /// </summary>
    public static IReadOnlyDictionary<string, List<string>> ReadSections(string file, string folder = "Masking")
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + folder + "." + file)
            ?? throw new FileNotFoundException("No word list 'Staff/" + folder + "/" + file + "' is shipped with the bot.", file);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [string.Empty] = [] };
        var current = sections[string.Empty];
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            if (entry.StartsWith('[') && entry.EndsWith(']'))
            {
                current = sections[entry[1..^1]] = [];
                continue;
            }

            current.Add(entry);
        }

        return sections;
    }

    /// <summary>
    /// An alternation matching any of the entries, case-insensitively: spaces match any whitespace, a trailing
    /// <c>*</c> any continuation of the word (letters, digits, hyphens). Longest entries first.
    /// </summary>
    public static string Alternation(IEnumerable<string> entries) =>
        "(?i:" + string.Join('|', entries
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(e => e.Length)
            .Select(Pattern)) + ")";

    private static string Pattern(string entry)
    {
        var prefix = entry.EndsWith('*');
        var word = Regex.Escape(prefix ? entry[..^1] : entry).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return prefix ? word + @"[\p{L}\p{N}\-]*" : word;
    }
}
