namespace Haltern.Assistant.Search;

/// <summary>A compound the citizen wrote as two words, met where a text writes it as one.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// For each two neighbouring words of <paramref name="text"/> whose joined form the index holds as one term
    /// ("Hallen Bad": "hallenbad"), that term by the analysed term of each half (and of each half without its "s",
    /// see WithoutS). Apart, each half is another, more common word ("Halle", "Bad") that does not meet a text
    /// writing the compound; the joined term is searched as another form of each half, so a text holding the
    /// compound meets both, and a text holding one half ("das Bad") still meets that half. Only words of letters
    /// separated by spaces are joined, never a stop word.
    /// </summary>
    private static Dictionary<string, string[]> JoinedWords(TermLookup lookup, string text)
    {
        var joined = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = Letters().Matches(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (first, second) = (words[i], words[i + 1]);
            var gap = text.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length);
            if (gap.Length == 0 || !gap.IsWhiteSpace() || Joined(lookup, first.Value, second.Value) is not { } term)
            {
                continue;
            }

            foreach (var half in new[] { first.Value, second.Value })
            {
                var stem = GermanTextAnalyzer.StemWord(half);
                foreach (var key in stem.Length > 4 && stem[^1] == 's' ? [stem, stem[..^1]] : new[] { stem })
                {
                    joined[key] = joined.TryGetValue(key, out var more) ? [.. more.Append(term).Distinct(StringComparer.Ordinal)] : [term];
                }
            }
        }

        return joined;
    }

    /// <summary>The analysed term of the two words joined, where the index holds it; else null.</summary>
    private static string? Joined(TermLookup lookup, string first, string second)
    {
        var min = CompoundParts.MinPartLength;
        if (first.Length < min || second.Length < min || IsStopWord(first) || IsStopWord(second))
        {
            return null;
        }

        var stem = GermanTextAnalyzer.StemWord(string.Concat(first, second).ToLowerInvariant());
        return stem.Length > 0 && InIndex(lookup, stem) ? stem : null;
    }

    private static bool IsStopWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return StopWords.Index.Contains(lower) || StopWords.Question.Contains(lower);
    }
}
