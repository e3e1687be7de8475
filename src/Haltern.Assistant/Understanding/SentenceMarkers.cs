using System.Text.RegularExpressions;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The words by which a knowledge sentence shows that it holds a kind of answer the recognizers do not read: a
/// reason (<c>Language/markers/reason.txt</c>), where money comes from (<c>funding.txt</c>), a body or an office that acts (<c>person.txt</c>), a
/// place (<c>place.txt</c>, <c>place-prepositions.txt</c>, not a day or month: <c>months.txt</c>), a time without a date (<c>time.txt</c>), a price of
/// nothing (<c>free.txt</c>). Entries are folded words; '*' at the end matches a prefix, at the start a suffix,
/// at both ends anywhere in the word.
/// </summary>
internal static partial class SentenceMarkers
{
    private static readonly WordMatcher Reasons = new("markers/reason.txt");
    private static readonly WordMatcher Funds = new("markers/funding.txt");
    private static readonly WordMatcher Bodies = new("markers/person.txt");
    private static readonly WordMatcher Places = new("markers/place.txt");
    private static readonly WordMatcher PlacePrepositions = new("markers/place-prepositions.txt");
    private static readonly WordMatcher Times = new("markers/time.txt");
    private static readonly WordMatcher FreeWords = new("markers/free.txt");
    private static readonly WordMatcher Months = new("markers/months.txt");

    /// <summary>True when a folded word names a month or a part of one (<c>markers/months.txt</c>).</summary>
    internal static bool IsMonth(string folded) => Months.Matches(folded);

    /// <summary>A reason, a means or a source: "weil", "durch", "Förderanträge aus dem Digitalpakt", "Zuschüsse".</summary>
    public static bool HoldsReason(string sentence) => Words(sentence).Any(w => Reasons.Matches(w.Folded));

    /// <summary>Where money comes from: "Förderanträge", "Zuschüsse", "aus Haushaltsmitteln".</summary>
    public static bool HoldsFunding(string sentence) => Words(sentence).Any(w => Funds.Matches(w.Folded));

    /// <summary>A person named with a form of address or title ("Frau Petra Sommer", "Dr. Weber") or a body that acts ("der Ausschuss", "der Rat").</summary>
    public static bool HoldsPersonOrBody(string sentence) => HoldsNamedPerson(sentence) || Words(sentence).Any(w => Bodies.Matches(w.Folded));

    /// <summary>A person named with a form of address or a title: "Frau Petra Sommer", "Herrn Weber", "Dr. Anja Brandt".</summary>
    public static bool HoldsNamedPerson(string sentence) => NamedPerson().IsMatch(sentence);

    /// <summary>A place: a street, square or building ("Marktplatz", "Industriestraße 5"), or a name after a preposition of place ("im Rathaus", "an der Grundschule").</summary>
    public static bool HoldsPlace(string sentence)
    {
        var words = Words(sentence).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (Places.Matches(words[i].Folded) && char.IsUpper(words[i].Word[0]))
            {
                return true;
            }

            // "im Rathaus", "an der Grundschule", "auf dem Marktplatz": a preposition, perhaps an article, a name.
            if (PlacePrepositions.Matches(words[i].Folded))
            {
                var next = i + 1 < words.Length && words[i + 1].Folded is "der" or "dem" or "den" or "die" or "das" or "the" ? i + 2 : i + 1;
                if (next < words.Length && char.IsUpper(words[next].Word[0]) && !IsDayOrMonth(words[next].Folded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A time without a date: "sobald", "nachdem", "täglich".</summary>
    public static bool HoldsTimeWord(string sentence) => Words(sentence).Any(w => Times.Matches(w.Folded));

    /// <summary>A price of nothing: "Der Eintritt ist frei", "kostenlos" (only the uninflected word states a price).</summary>
    public static bool HoldsFree(string sentence) => Words(sentence).Any(w => FreeWords.Matches(w.Folded));

    /// <summary>A day, a month or a part of one: after a preposition a time ("am Dienstag", "im Mai"), not a place.</summary>
    private static bool IsDayOrMonth(string folded) => Times.Matches(folded) || Months.Matches(folded);

    private static IEnumerable<(string Word, string Folded)> Words(string sentence) =>
        Word().Matches(sentence).Select(m => (m.Value, Lexicon.Fold(m.Value)));

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(Frau|Herrn?|Dr\.|Prof\.|Mrs?\.?|Ms\.?)\s+(Dr\.\s+)?\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPerson();

    /// <summary>Whole words, prefixes, suffixes and infixes of one marker file.</summary>
    private sealed class WordMatcher
    {
        private readonly HashSet<string> _whole = new(StringComparer.Ordinal);
        private readonly List<string> _prefixes = [];
        private readonly List<string> _suffixes = [];
        private readonly List<string> _infixes = [];

        public WordMatcher(string path)
        {
            foreach (var entry in Lexicon.Entries(path))
            {
                var start = entry.StartsWith('*');
                var end = entry.EndsWith('*') && entry.Length > 1;
                var word = Lexicon.Fold(entry.Trim('*'));
                (start && end ? _infixes : start ? _suffixes : end ? _prefixes : null)?.Add(word);
                if (!start && !end)
                {
                    _whole.Add(word);
                }
            }
        }

        public bool Matches(string folded) =>
            _whole.Contains(folded)
            || _prefixes.Exists(p => folded.StartsWith(p, StringComparison.Ordinal))
            || _suffixes.Exists(s => folded.EndsWith(s, StringComparison.Ordinal))
            || _infixes.Exists(i => folded.Contains(i, StringComparison.Ordinal));
    }
}
