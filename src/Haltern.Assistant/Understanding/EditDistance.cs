namespace Haltern.Assistant.Understanding;

/// <summary>Levenshtein distance, for typos.</summary>
public static class EditDistance
{
    /// <summary>The number of single-letter insertions, deletions or substitutions from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    public static bool AtMostOne(string a, string b) => Math.Abs(a.Length - b.Length) <= 1 && Between(a, b) <= 1;
}
