using System.Text;
using System.Text.RegularExpressions;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Search;

/// <summary>
/// Writes a separable verb a main clause splits also as one word, after its finite form: "Am Samstag holt die
/// Jugendfeuerwehr die Bäume ab." reads as "… holt abholt die Jugendfeuerwehr die Bäume ab.", so the text meets a
/// question's "abgeholt", "abholen" (see <see cref="KnowledgeSearch"/>'s verb forms). A clause (up to a comma, a stop,
/// "und", "oder") that ends in a separable prefix (<c>Language/de/separable-prefixes.txt</c>) has its finite verb in
/// the second place: the first word in lower case that is no function word (<see cref="StopWords.Index"/>) and, where a
/// capitalised noun follows it, no adjective before that noun ("Im vergangenen Jahr rückten …"). Only the index's
/// texts are read so; the offsets of the words after an insertion are corrected back to the original text.
/// </summary>
internal sealed partial class SeparableVerbCharFilter : WholeTextCharFilter
{
    public SeparableVerbCharFilter(TextReader input)
        : base(input)
    {
    }

    protected override string Rewrite(string text) => Join(text);

    private string Join(string text)
    {
        StringBuilder? output = null;
        var copied = 0;
        var added = 0;
        foreach (Match clause in Clause().Matches(text))
        {
            var words = Word().Matches(clause.Value);
            if (words.Count < 3 || !char.IsLower(words[^1].Value[0]) || !KnowledgeSearch.IsSeparablePrefix(Lexicon.Fold(words[^1].Value))
                || FiniteVerb(words) is not { } verb)
            {
                continue;
            }

            var end = clause.Index + verb.Index + verb.Length;
            output ??= new StringBuilder(text.Length + 32);
            output.Append(text, copied, end - copied);
            var joined = " " + words[^1].Value.ToLowerInvariant() + verb.Value.ToLowerInvariant() + " ";
            output.Append(joined);
            copied = end;
            added += joined.Length;
            AddOffCorrectMap(output.Length, -added);
        }

        if (output is null)
        {
            return text;
        }

        output.Append(text, copied, text.Length - copied);
        return output.ToString();
    }

    /// <summary>The finite verb of a clause (its words, the prefix last): the first word in lower case that can be one.</summary>
    private static Match? FiniteVerb(MatchCollection words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            var word = words[i].Value;
            if (!char.IsLower(word[0]) || word.Length < 3 || StopWords.Index.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            // An inflected adjective before its noun ("vergangenen Jahr", "neue Brücke") is no verb.
            if (char.IsUpper(words[i + 1].Value[0]) && AdjectiveEnding().IsMatch(word))
            {
                continue;
            }

            return words[i];
        }

        return null;
    }

    /// <summary>A clause: the text up to a comma, a stop, a colon, a question mark or a coordinating "und"/"oder" (a question's too).</summary>
    [GeneratedRegex(@"(?:(?!\s(?:und|oder)\s)[^.,;:!?])+", RegexOptions.CultureInvariant)]
    internal static partial Regex Clause();

    /// <summary>A word of a clause, hyphens kept.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\-]*", RegexOptions.CultureInvariant)]
    internal static partial Regex Word();

    [GeneratedRegex(@"(?:e|en|er|es|em)$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveEnding();
}
