namespace Haltern.Assistant.Understanding;

/// <summary>A sentence that names its article's subject only by a word for its cost or for the undertaking.</summary>
internal static partial class SentenceMarkers
{
    private static readonly WordMatcher Undertakings = new("markers/undertaking.txt");

    /// <summary>The determiners that refer back to what the text has named (<c>de/referring-determiners.txt</c>).</summary>
    private static readonly HashSet<string> ReferringDeterminers = new(Language.WordListFile.Words("de/referring-determiners.txt"), StringComparer.Ordinal);

    /// <summary>
    /// True when the sentence opens with a referring determiner and a noun for the cost or the undertaking of the
    /// article's subject (<c>markers/undertaking.txt</c>), at most an adjective between them: "Die Anschaffung kostet
    /// 52.000 Euro", "Die gesamten Baukosten betragen …". Its amount is the subject's, not another thing's ("Der
    /// Eintritt kostet …" names a thing of its own).
    /// </summary>
    public static bool NamesTheUndertaking(string sentence) => UndertakingNamed(sentence) is not null;

    /// <summary>
    /// The noun by which the sentence names the undertaking (see <see cref="NamesTheUndertaking"/>), as written: "Kosten"
    /// in "Die Kosten betragen …", "Neubau" in "Der Neubau kostet …"; null where it names none.
    /// </summary>
    public static string? UndertakingNamed(string sentence)
    {
        var words = WordsOf(sentence);
        if (words.Count < 2 || !ReferringDeterminers.Contains(words[0].Folded))
        {
            return null;
        }

        var noun = char.IsLower(words[1].Word[0]) && words.Count > 2 ? words[2] : words[1];
        return char.IsUpper(noun.Word[0]) && Undertakings.Matches(noun.Folded) ? noun.Word : null;
    }
}
