namespace Haltern.Assistant.Understanding;

/// <summary>Levenshtein distance, for typos. Allocates nothing: it runs for many words of every question.</summary>
public static class EditDistance
{
    /// <summary>The number of single-letter insertions, deletions or substitutions from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (b.Length > a.Length)
        {
            var swap = a;
            a = b;
            b = swap; // the rows are as long as the shorter word
        }

        Span<int> rows = b.Length < 128 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var previous = rows[..(b.Length + 1)];
        var current = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var done = previous;
            previous = current;
            current = done;
        }

        return previous[b.Length];
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one insertion, deletion or substitution.</summary>
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var common = a.CommonPrefixLength(b);
        if (common == a.Length && common == b.Length)
        {
            return true;
        }

        // After the first difference, the rest must match with one letter replaced, or one left out on either side.
        var restA = a[common..];
        var restB = b[common..];
        return restA.Length == restB.Length ? restA[1..].SequenceEqual(restB[1..])
            : restA.Length > restB.Length ? restA[1..].SequenceEqual(restB)
            : restA.SequenceEqual(restB[1..]);
    }
}
