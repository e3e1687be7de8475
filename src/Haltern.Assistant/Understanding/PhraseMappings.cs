using Haltern.Assistant.Language;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// Reads a shipped language file of explicit mappings, the Solr synonyms form <c>phrase, phrase … =&gt; name</c>
/// (<c>#</c> comments, blank lines ignored): each phrase as its folded words (<see cref="Lexicon.Fold"/>), with the
/// name it maps to.
/// </summary>
internal static class PhraseMappings
{
    /// <summary>Every phrase of <paramref name="path"/> (below <c>Language/</c>) with its name, in the file's order.</summary>
    /// <exception cref="InvalidDataException">A line is not of the form <c>phrases =&gt; name</c>; the message names the file.</exception>
    public static IReadOnlyList<(string[] Words, string Name)> Read(string path)
    {
        var mappings = new List<(string[] Words, string Name)>();
        using var reader = LanguageFiles.Open(path);
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var sides = text.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (sides.Length != 2 || sides[1].Length == 0)
            {
                throw new InvalidDataException($"Language/{path}: '{text}' is not of the form 'phrases => name'.");
            }

            foreach (var phrase in sides[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                mappings.Add((phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lexicon.Fold).ToArray(), sides[1]));
            }
        }

        return mappings;
    }
}
