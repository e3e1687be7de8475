using System.Text.RegularExpressions;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The words by which a knowledge sentence shows that it holds a kind of answer the recognizers do not read: a
/// reason (<c>Language/markers/reason.txt</c>), where money comes from (<c>funding.txt</c>), a body or an office that acts (<c>person.txt</c>), a
/// place (<c>place.txt</c>, <c>place-prepositions.txt</c>, not a day or month: <c>months.txt</c>), a time without a date (<c>time.txt</c>), a price of
/// nothing (<c>free.txt</c>), how something is done (<c>procedure.txt</c>). Entries are folded words; '*' at the end
/// matches a prefix, at the start a suffix, at both ends anywhere in the word; two words with a space between match
/// in a row ("kommen aus"), two with "…" between a few words apart ("stellt … zur Verfügung").
/// </summary>
internal static partial class SentenceMarkers
{
    // Read as written, umlauts kept: folded, "gefördert" and "angefordert" would be one word. Knowledge is written
    // text with its umlauts; only questions need folding.
    private static readonly WordMatcher Reasons = new(Lexicon.Entries("markers/reason.txt"), AsWritten);
    private static readonly WordMatcher ReasonStates = new(Lexicon.Entries("markers/reason-state.txt"), AsWritten);
    private static readonly WordMatcher Bodies = new("markers/person.txt");
    private static readonly WordMatcher Places = new("markers/place.txt");
    private static readonly WordMatcher PlacePrepositions = new("markers/place-prepositions.txt");
    private static readonly WordMatcher Times = new("markers/time.txt");
    private static readonly WordMatcher FreeWords = new("markers/free.txt");
    private static readonly WordMatcher Months = new("markers/months.txt");
    private static readonly WordMatcher Roles = new("markers/roles.txt");
    private static readonly WordMatcher Successions = new("markers/succession.txt");
    private static readonly HashSet<string> GivenNames = Lexicon.Entries("de/given-names.txt").Select(Lexicon.Fold).ToHashSet(StringComparer.Ordinal);
    private static readonly WordMatcher Money = new("markers/money.txt");

    /// <summary>Each kind of event with the words that name it (<c>markers/events.txt</c>).</summary>
    private static readonly (string Kind, WordMatcher Words, HashSet<string> Followed)[] Events = Lexicon.Entries("markers/events.txt")
        .Select(line => line.Split(':', 2))
        .Where(parts => parts.Length == 2)
        .Select(parts => (parts[0].Trim(), parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        .Select(kind => (
            kind.Item1,
            new WordMatcher(kind.Item2.Where(e => !e.EndsWith('+'))),
            kind.Item2.Where(e => e.EndsWith('+')).Select(e => Lexicon.Fold(e.TrimEnd('+'))).ToHashSet(StringComparer.Ordinal)))
        .ToArray();

    /// <summary>The prefixes a German verb sends to the end of its clause ("macht … auf"), folded.</summary>
    private static readonly HashSet<string> SeparablePrefixes = Lexicon.Entries("de/separable-prefixes.txt").Select(Lexicon.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>True for a separable prefix of German verbs ("mit", "ab"; <c>Language/de/separable-prefixes.txt</c>), folded.</summary>
    internal static bool IsSeparablePrefix(string folded) => SeparablePrefixes.Contains(folded);

    /// <summary>Each measure's adjectives ("alt", "old") with the units that answer it (<c>markers/units.txt</c>).</summary>
    private static readonly (HashSet<string> Adjectives, WordMatcher Units)[] Measures = Lexicon.Entries("markers/units.txt")
        .Select(line => line.Split(':', 2))
        .Where(parts => parts.Length == 2)
        .Select(parts => (
            parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lexicon.Fold).ToHashSet(StringComparer.Ordinal),
            new WordMatcher(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        .ToArray();

    /// <summary>
    /// The test for a unit of the measure a question asks for with "wie"/"how" and an adjective ("Wie alt …?": years),
    /// or null when it asks for none that <c>markers/units.txt</c> knows.
    /// </summary>
    internal static Func<string, bool>? MeasureUnits(IReadOnlyList<string> folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            // "wieviel" is "wie viel" written as one word.
            // "welchem Alter", "what age": the measure's noun after the interrogative determiner.
            var (adjective, next) = folded[i] == "wieviel" ? ("viel", i + 1)
                : (folded[i] is "wie" or "how" or "what" or "which" || folded[i].StartsWith("welch", StringComparison.Ordinal)) && i + 1 < folded.Count ? (folded[i + 1], i + 2) : (null, 0);
            if (adjective is null || Array.Find(Measures, m => m.Adjectives.Contains(adjective)) is not { Units: { } units })
            {
                continue;
            }

            // "Mit wie viel Prozent …?", "ab wie viel Jahren …?": the noun after "wie viel" is the unit asked for itself.
            if (adjective is "viel" or "much" && next < folded.Count && IsUnit(folded[next]))
            {
                var unit = Search.GermanTextAnalyzer.StemWord(folded[next]);
                return word => Search.GermanTextAnalyzer.StemWord(Lexicon.Fold(word)) == unit;
            }

            return word => units.Matches(Lexicon.Fold(word));
        }

        return null;
    }

    /// <summary>True when a folded word is a unit of some measure (<c>markers/units.txt</c>): "prozent", "jahren", "tonnen".</summary>
    internal static bool IsUnit(string folded) => Array.Exists(Measures, m => m.Units.Matches(folded));

    /// <summary>True when a folded noun names a sum of money (<c>markers/money.txt</c>): "zuschuss", "hundesteuer", "gebuhren".</summary>
    internal static bool NamesMoney(string folded) => Money.Matches(folded);

    /// <summary>
    /// The kinds of event <paramref name="text"/> names (<c>markers/events.txt</c>): "beginnen", "Baubeginn" and "geht
    /// … los" name a beginning, "eröffnet" and "macht … auf" an opening. A separable prefix that ends a clause counts
    /// joined to each other word of the clause, as the verb's infinitive would write it; an entry marked to be followed
    /// ("ab+": "ab dem 13. April") matches only a word that is not the last of its clause ("holt … ab").
    /// </summary>
    public static IReadOnlySet<string> EventKinds(string text)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Clause().Split(text))
        {
            var words = Words(clause).Select(w => w.Folded).ToList();
            var followed = words.Take(words.Count - 1).ToArray();
            if (words.Count > 1 && SeparablePrefixes.Contains(words[^1]))
            {
                words.AddRange(followed.Select(w => words[^1] + w).ToArray());
            }

            foreach (var (kind, matcher, before) in Events)
            {
                if (matcher.MatchesAny(words) || followed.Any(before.Contains))
                {
                    kinds.Add(kind);
                }
            }
        }

        return kinds;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> says until when something lasts: "bis", "until" or "till" and, within the
    /// next four words of its clause, a year, a day ("14.", "31.07."), a month or a part of one (<c>markers/months.txt</c>)
    /// or another time word (<c>markers/time.txt</c>: a season, a weekday, holidays): "bis voraussichtlich Ende Mai",
    /// "bis zum 3. Oktober", "bis zu den Sommerferien"; not "bis 18 Uhr" or "bis zur Kreuzung". Asked how long, where
    /// no sentence gives a length.
    /// </summary>
    public static bool SaysUntilWhen(string sentence)
    {
        foreach (Match until in UntilAndAfter().Matches(sentence))
        {
            foreach (var token in until.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = token.TrimEnd('.');
                if (YearOrDay().IsMatch(token) || (word.Length > 0 && char.IsLetter(word[0]) && IsDayOrMonth(Lexicon.Fold(word))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"bis", "until", "till" and up to four words after it within its clause.</summary>
    [GeneratedRegex(@"\b(?:bis|until|till)((?:\s+[^\s,;:!?]+){1,4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilAndAfter();

    /// <summary>A year ("2027"), a day of a month ("14.") or a date ("31.07.", "31.07.2027").</summary>
    [GeneratedRegex(@"^(\d{4}|\d{1,2}\.(\d{1,2}\.(\d{2,4})?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrDay();

    /// <summary>True when a folded word names a month or a part of one (<c>markers/months.txt</c>).</summary>
    internal static bool IsMonth(string folded) => Months.Matches(folded);

    /// <summary>
    /// A reason, a purpose or a means: said (<see cref="SaysReason"/>), or a state that a change answers ("zu klein",
    /// "Schäden an …", "nicht mehr"; <c>markers/reason-state.txt</c>).
    /// </summary>
    public static bool HoldsReason(string sentence) => SaysReason(sentence) || ReasonStates.MatchesAny(Written(sentence));

    /// <summary>
    /// A reason said as one: a connector ("weil", "wegen", "durch", "damit"), a noun of the word family of "Grund"
    /// ("Hintergrund ist …", "begründete den Schritt mit …"), or a final clause ("Um … zu vermeiden").
    /// </summary>
    public static bool SaysReason(string sentence) =>
        Reasons.MatchesAny(Written(sentence)) || Purpose().IsMatch(sentence) || NecessityExplained().IsMatch(sentence) || CausalDa().IsMatch(sentence);


    /// <summary>A person named with a form of address or title ("Frau Petra Sommer", "Dr. Weber") or a body that acts ("der Ausschuss", "der Rat").</summary>
    public static bool HoldsPersonOrBody(string sentence) => HoldsNamedPerson(sentence) || Words(sentence).Any(w => Bodies.Matches(w.Folded));

    /// <summary>A person named with a form of address or a title ("Frau Petra Sommer", "Herrn Weber", "Dr. Anja Brandt"), by a given name ("Jens Beispiel") or after a role ("Kämmerer Thomas Beispiel").</summary>
    public static bool HoldsNamedPerson(string sentence) => NamedPerson().IsMatch(sentence) || NameStarts(sentence, WordsOf(sentence)).Count > 0;

    /// <summary>True when a folded word names an office or a role a person holds ("kammerer", "stadtforster", "mayor"; <c>markers/roles.txt</c>).</summary>
    public static bool IsRole(string folded) => Roles.Matches(folded);

    /// <summary>True when a sentence names a predecessor ("folgt auf", "Nachfolgerin von", "löst … ab"; <c>markers/succession.txt</c>).</summary>
    public static bool NamesSuccession(string sentence) => Successions.MatchesAny(WordsAndClauseEnds(sentence, Lexicon.Fold));

    /// <summary>True when a folded word names a body or an office that acts ("ausschuss", "jugendamt"; <c>markers/person.txt</c>).</summary>
    public static bool IsBody(string folded) => Bodies.Matches(folded);

    /// <summary>The words of a sentence as written, folded, and where each stands in it.</summary>
    public static IReadOnlyList<SentenceWord> WordsOf(string sentence) =>
        Word().Matches(sentence).Select(m => new SentenceWord(m.Value, Lexicon.Fold(m.Value), m.Index, m.Index + m.Length)).ToArray();

    /// <summary>
    /// Where in <paramref name="words"/> a person's name begins: a given name (<c>de/given-names.txt</c>; a hyphenated
    /// one by its first part) before a capitalised word ("Jens Beispiel", "Heinz-Georg Rensing"), two capitalised words
    /// right after a role ("Kämmerer Thomas Beispiel", "Stadtförster Ralf Muster"), or a name after a form of address or
    /// a title ("Frau Sommer", "Dr. Weber").
    /// </summary>
    public static IReadOnlyList<int> NameStarts(string sentence, IReadOnlyList<SentenceWord> words)
    {
        var starts = new List<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (first, second) = (words[i], words[i + 1]);
            if (Addressed(sentence, words, i))
            {
                starts.Add(i);
                continue;
            }

            if (!Capitalised(first.Word) || !Capitalised(second.Word) || !Adjacent(sentence, first, second) || IsDayOrMonth(second.Folded))
            {
                continue;
            }

            var given = GivenNames.Contains(first.Folded.Split('-')[0]);
            var afterRole = i > 0 && Capitalised(words[i - 1].Word) && Adjacent(sentence, words[i - 1], first) && IsRole(words[i - 1].Folded)
                && !IsDayOrMonth(first.Folded) && !StopWord(first.Folded) && !StopWord(second.Folded);
            if (given || afterRole)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>A capitalised word of letters in lower case after the first (a name, a noun; not "CDU", not "Schul-").</summary>
    private static bool Capitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !word.EndsWith('-');

    /// <summary>Nothing but spaces between two words.</summary>
    private static bool Adjacent(string sentence, SentenceWord first, SentenceWord second) =>
        sentence.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();

    /// <summary>The word after a form of address or a title: "Frau Sommer", "Herrn Weber", "Dr. Weber".</summary>
    private static bool Addressed(string sentence, IReadOnlyList<SentenceWord> words, int i) =>
        i > 0 && Capitalised(words[i].Word) && words[i - 1].Folded is "frau" or "herr" or "herrn" or "dr" or "prof"
        && sentence.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Trim('.').IsWhiteSpace();

    private static bool StopWord(string folded) => Search.StopWords.Index.Contains(folded);

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
    internal static bool IsDayOrMonth(string folded) => Times.Matches(folded) || Months.Matches(folded);

    /// <summary>A word in lower case with its umlauts, "ß" as "ss" (as the Swiss write it).</summary>
    private static string AsWritten(string word) => word.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);

    private static string[] Written(string sentence) => WordsAndClauseEnds(sentence, AsWritten);

    /// <summary>The words, compared as <paramref name="fold"/> makes them, with <see cref="ClauseEnd"/> where a clause ends (a comma, a full stop, not the point of an ordinal).</summary>
    private static string[] WordsAndClauseEnds(string sentence, Func<string, string> fold) =>
        WordOrClauseEnd().Matches(sentence).Select(m => char.IsLetter(m.Value[0]) ? fold(m.Value) : ClauseEnd).ToArray();

    /// <summary>Stands for a mark that ends a clause in a list of words; no entry matches it.</summary>
    private const string ClauseEnd = "|";

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}\-]*|[,;:!?–—]|(?<!\d)\.")]
    private static partial Regex WordOrClauseEnd();

    private static IEnumerable<(string Word, string Folded)> Words(string sentence) =>
        Word().Matches(sentence).Select(m => (m.Value, Lexicon.Fold(m.Value)));

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}\-]*")]
    private static partial Regex Word();

    /// <summary>Where a clause ends: a comma, a colon or semicolon, a dash between words, the end of a sentence (not the point of an ordinal: "am 4. Mai").</summary>
    [GeneratedRegex(@"[,;:!?]|(?<!\d)\.|\s[–—-]\s")]
    private static partial Regex Clause();

    /// <summary>
    /// The final clause "um … zu" + infinitive (Duden, Die Grammatik: Finalsatz): "Um ein Defizit zu vermeiden", "…, um
    /// Wartezeiten zu verkürzen". The clause opens the sentence or follows a comma, as an infinitive clause does; not
    /// the preposition a verb takes ("die Schule um einen Anbau zu erweitern"), not "um 19 Uhr": no number after "um".
    /// </summary>
    [GeneratedRegex(@"(?<=^\W*|[,;:–—(]\s*)[Uu]m\s+(?!\d)[^,.;:\d]{1,80}?\bzu\s+\p{Ll}+(en|ern|eln)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    /// <summary>
    /// A necessity and, after a colon, what makes it one (the explanatory colon, Duden, Die Grammatik: "Die Brücke
    /// muss saniert werden: Bei der Prüfung wurden Risse festgestellt"): a form of "müssen" before the colon, a clause
    /// after it.
    /// </summary>
    [GeneratedRegex(@"\b(muss|müssen|musste|mussten|must)\b[^:.;]{1,120}:\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NecessityExplained();

    /// <summary>
    /// The causal conjunction "da" and the final "damit" (Duden, Die Grammatik: Kausalsatz, Finalsatz), which open
    /// their clause: "da" at the start of the sentence or after a comma ("Da die Wache zu klein ist, …", "…, da die
    /// Leitungen alt sind"), "damit" after a comma ("…, damit Fahrgäste stufenlos einsteigen"); not the adverbs ("Der
    /// Bescheid ist da", "Die Arbeiten waren damit früher fertig").
    /// </summary>
    [GeneratedRegex(@"(?<=^\W*|[,;:–—(]\s*)[Dd]a\s+(?!ist\b|sind\b|war\b|waren\b)\p{L}|,\s*damit\s", RegexOptions.CultureInvariant)]
    private static partial Regex CausalDa();

    [GeneratedRegex(@"\b(Frau|Herrn?|Dr\.|Prof\.|Mrs?\.?|Ms\.?)\s+(Dr\.\s+)?\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPerson();

    /// <summary>A word of a sentence: as written, folded, and where it starts and ends.</summary>
    internal readonly record struct SentenceWord(string Word, string Folded, int Start, int End);

    /// <summary>Whole words, prefixes, suffixes and infixes of one marker file.</summary>
    internal sealed class WordMatcher
    {
        private readonly HashSet<string> _whole = new(StringComparer.Ordinal);
        private readonly List<string> _prefixes = [];
        private readonly List<string> _suffixes = [];
        private readonly List<string> _infixes = [];
        private readonly List<(WordMatcher First, string Second)> _pairs = [];
        private readonly List<(WordMatcher First, string Second)> _gaps = [];

        /// <summary>
        /// How many words after the first the second of a pair "a … b" may stand ("stellt die Sparkasse Ravensholt zur
        /// Verfügung"); the second closes the clause, as a separable verb's particle does ("reicht … ein.", not "gibt es ab
        /// dem 1. April").
        /// </summary>
        private const int GapReach = 6;

        public WordMatcher(string path)
            : this(Lexicon.Entries(path))
        {
        }

        /// <param name="entries">The entries of a marker file.</param>
        /// <param name="fold">How an entry is compared, as the words it is matched with are: folded unless said.</param>
        public WordMatcher(IEnumerable<string> entries, Func<string, string>? fold = null)
        {
            fold ??= Lexicon.Fold;
            foreach (var entry in entries)
            {
                if (entry.Split(["…", "..."], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var before, var after])
                {
                    _gaps.Add((new WordMatcher([before], fold), fold(after)));
                    continue;
                }

                if (entry.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, var second])
                {
                    _pairs.Add((new WordMatcher([first], fold), fold(second)));
                    continue;
                }

                var start = entry.StartsWith('*');
                var end = entry.EndsWith('*') && entry.Length > 1;
                var word = fold(entry.Trim('*'));
                (start && end ? _infixes : start ? _suffixes : end ? _prefixes : null)?.Add(word);
                if (!start && !end)
                {
                    _whole.Add(word);
                }
            }
        }

        /// <summary>True when one of the words, two in a row, or two a few words apart match an entry (the words compared as the entries are).</summary>
        public bool MatchesAny(IReadOnlyList<string> folded)
        {
            for (var i = 0; i < folded.Count; i++)
            {
                if (Matches(folded[i]) || (i + 1 < folded.Count && PairAt(folded, i)) || GapAt(folded, i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the words at <paramref name="i"/> and after it are a pair of the entries ("a b").</summary>
        /// <remarks>Loops, not lambdas: every sentence weighed passes each of its words through here.</remarks>
        private bool PairAt(IReadOnlyList<string> folded, int i)
        {
            foreach (var (first, second) in _pairs)
            {
                if (second == folded[i + 1] && first.Matches(folded[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool GapAt(IReadOnlyList<string> folded, int i)
        {
            foreach (var (first, second) in _gaps)
            {
                for (var j = i + 1; j < folded.Count && j <= i + GapReach && folded[j] != ClauseEnd; j++)
                {
                    if (folded[j] == second && (j + 1 == folded.Count || folded[j + 1] == ClauseEnd) && first.Matches(folded[i]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public bool Matches(string folded)
        {
            if (_whole.Contains(folded))
            {
                return true;
            }

            // Loops, not lambdas over the word: each would be a new delegate for every word of every sentence read.
            foreach (var prefix in _prefixes)
            {
                if (folded.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var suffix in _suffixes)
            {
                if (folded.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var infix in _infixes)
            {
                if (folded.Contains(infix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
