using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Bot.Staff;

/// <summary>Unanswered questions of similar wording, with how often and when last they were asked.</summary>
/// <param name="Wording">The newest wording of the group.</param>
/// <param name="Count">How many questions the group holds.</param>
/// <param name="LastAsked">When the newest of them was asked.</param>
public sealed record QuestionGroup(string Wording, int Count, DateTimeOffset LastAsked);

/// <summary>
/// Groups question wordings that share most of their words, so that "Wo kann ich Sperrmüll anmelden?" and
/// "Sperrmüll anmelden wo?" count as one open question. Words are compared after folding case and umlauts,
/// dropping filler words and cutting common German and English endings.
/// </summary>
public static partial class QuestionGrouper
{
    /// <summary>Share of common words (Jaccard) from which two wordings count as one question.</summary>
    public const double Threshold = 0.5;

    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "ist",
        "sind", "wie", "was", "wo", "wann", "wer", "warum", "welche", "welcher", "welches", "ich", "man", "mich",
        "mir", "mein", "meine", "kann", "koennen", "gibt", "es", "im", "in", "am", "an", "auf", "fuer", "mit", "zu",
        "zum", "zur", "von", "vom", "bei", "bitte", "hallo", "guten", "tag", "noch", "auch", "denn", "mal", "wir",
        "sie", "hat", "haben", "habe", "wird", "werden", "muss", "nach", "ueber", "aus", "nicht", "kein", "keine",
        // English
        "the", "a", "an", "and", "or", "is", "are", "how", "what", "where", "when", "who", "why", "which", "can",
        "do", "does", "i", "my", "me", "to", "of", "for", "on", "at", "with", "please", "hello", "there",
    };

    /// <summary>A group compares a question with at most this many of its (newest, distinct) wordings.</summary>
    public const int MaxComparedMembers = 16;

    /// <summary>Groups the questions; newest group first.</summary>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<QuestionEvent> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);

        // 1. Wordings with the same significant words are one question at once (the common case: cheap).
        var distinct = new Dictionary<string, (HashSet<string> Words, string Wording, int Count, DateTimeOffset LastAsked)>(StringComparer.Ordinal);
        foreach (var question in questions.Where(q => !string.IsNullOrWhiteSpace(q.Text)).OrderByDescending(q => q.Time))
        {
            var words = Words(question.Text!);
            var key = words.Count > 0 ? string.Join(' ', words.Order(StringComparer.Ordinal)) : "\u0000" + Fold(question.Text!);
            distinct[key] = distinct.TryGetValue(key, out var seen)
                ? seen with { Count = seen.Count + 1 }
                : (words, question.Text!, 1, question.Time);
        }

        // 2. Distinct wordings join the group with the most similar member; only groups sharing a word are compared.
        var groups = new List<(List<HashSet<string>> Members, string Wording, int Count, DateTimeOffset LastAsked)>();
        var groupsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (words, wording, count, lastAsked) in distinct.Values.OrderByDescending(d => d.LastAsked))
        {
            var best = -1;
            var bestScore = 0.0;
            foreach (var candidate in words.SelectMany(w => groupsByWord.GetValueOrDefault(w) ?? []).Distinct())
            {
                var score = groups[candidate].Members.Max(member => Similarity(words, member));
                if (score >= Threshold && score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                best = groups.Count;
                groups.Add(([words], wording, count, lastAsked));
            }
            else
            {
                var group = groups[best];
                if (group.Members.Count < MaxComparedMembers)
                {
                    group.Members.Add(words);
                }

                groups[best] = group with { Count = group.Count + count };
            }

            foreach (var word in words)
            {
                if (!groupsByWord.TryGetValue(word, out var list))
                {
                    groupsByWord[word] = list = [];
                }

                if (list.Count == 0 || list[^1] != best)
                {
                    list.Add(best);
                }
            }
        }

        return groups
            .Select(g => new QuestionGroup(g.Wording, g.Count, g.LastAsked))
            .OrderByDescending(g => g.LastAsked)
            .ThenByDescending(g => g.Count)
            .ToList();
    }

    /// <summary>Jaccard similarity of two word sets.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        // Words match when equal or when one ends with the other ("meld" in "anmeld", "abhol" in
        // "sperrmuellabhol"): German separable verbs and compounds.
        var common = a.Count(word => b.Contains(word) || b.Any(other => Related(word, other)));
        common = Math.Min(common, Math.Min(a.Count, b.Count));
        return (double)common / (a.Count + b.Count - common);
    }

    private static bool Related(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 4
        && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    /// <summary>The significant words of a wording, folded and cut to a stem; masks such as [Telefon] are no words.</summary>
    public static HashSet<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var folded = Fold(MaskPlaceholder().Replace(text, " "));
        foreach (var token in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length < 2 || FillerWords.Contains(token))
            {
                continue;
            }

            words.Add(Stem(token));
        }

        return words;
    }

    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ungen", "ung", "en", "er", "es", "em", "e", "n", "s"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>Lower case, umlauts and ß spelt out, accents dropped, everything but letters and digits a space.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLower(CultureInfo.GetCultureInfo("de-DE")))
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        builder.Append(c);
                    }
                    else if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(c.ToString().Normalize(NormalizationForm.FormD)[0]); // é → e
                    }
                    else
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[[^\]]{1,20}\]")]
    private static partial Regex MaskPlaceholder();
}
