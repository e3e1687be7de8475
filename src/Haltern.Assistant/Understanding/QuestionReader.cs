using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace Haltern.Assistant.Understanding;

/// <summary>What the assistant understood of a message, before it searches.</summary>
public sealed record ReadQuestion(
    string Text,
    bool English,
    Cue Cues,
    IReadOnlyList<string> Words,
    IReadOnlySet<string> CueWords,
    DateSpan? PastSpan,
    DateSpan? FutureSpan)
{
    public bool Has(Cue cue) => (Cues & cue) != 0;

    /// <summary>The words that named a date or a time of day, left out of the search ("Juni 2020", "um 16 Uhr").</summary>
    public IReadOnlyList<string> DateMentions => TimeMention is null ? PastSpan?.Mentions ?? [] : [.. PastSpan?.Mentions ?? [], TimeMention];

    /// <summary>A time of day the question names ("um 16 Uhr", "18:30", "at 4 pm"), if any.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The words that named <see cref="Time"/>.</summary>
    public string? TimeMention { get; init; }

    /// <summary>True when <see cref="Time"/> is when something must last to ("bis 18 Uhr offen"), not a moment in it.</summary>
    public bool TimeIsEnd { get; init; }

    /// <summary>A part of the day the question names ("nachmittags", "am Freitagabend", "in the evening"), if any.</summary>
    public Hours.DayPart? DayPart { get; init; }
}

/// <summary>Reads a message: language, cues (what is asked), dates, and the words that carry the topic.</summary>
public sealed partial class QuestionReader
{
    /// <summary>How many knowledge sentences <see cref="Holds"/> remembers before it starts over.</summary>
    internal const int HeldSentencesBound = 8192;

    private readonly DateUnderstanding _dates;

    /// <summary>Article forms that are pronouns where no noun follows them (<c>Language/de/article-pronouns.txt</c>).</summary>
    private static readonly HashSet<string> ArticlePronouns = new(Language.WordListFile.Words("de/article-pronouns.txt"), System.StringComparer.Ordinal);

    // What a knowledge sentence holds depends on its words alone, and the same few candidate sentences come up
    // for question after question: the recognizers (hundreds of patterns) run once per sentence, not per turn.
    // Only knowledge text is kept here, never a citizen's words.
    private readonly ConcurrentDictionary<(string Sentence, Cue Wanted, bool English, bool Free), bool> _held = new();

    public QuestionReader(DateUnderstanding dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        _dates = dates;
    }

    public ReadQuestion Read(string text, string? locale, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var folded = words.Select(Lexicon.Fold).ToArray();
        JoinSplitWoher(folded);

        var cues = Cue.None;
        var cueWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < folded.Length; i++)
        {
            var cue = InPlace(Lexicon.CuesOf(folded[i]), folded, i);
            if (i + 1 < words.Length && char.IsUpper(words[i + 1][0]))
            {
                cue &= ~Cue.RefersBack; // "das" before a name is its article, not a pointer back ("das Bürgerbüro")
            }

            cues |= cue;
            if ((cue & ~Lexicon.KeepsTopic) != Cue.None)
            {
                cueWords.Add(words[i]);
            }
        }

        // A separable verb's prefix that ends the question belongs to its verb: "Wen rufe ich da an?" asks with "anrufen"
        // for a telephone number, and the verb is no topic word. Not a verb of when something happens ("Wann fangen …
        // an?"): that names the event asked, which the answer must name too (markers/events.txt).
        if (folded.Length > 2 && SentenceMarkers.IsSeparablePrefix(folded[^1]))
        {
            for (var i = 0; i < folded.Length - 1; i++)
            {
                var cue = Lexicon.CuesOf(folded[^1] + folded[i]) & ~(Cue.When | Cue.Duration);
                if ((cue & ~Lexicon.KeepsTopic) != Cue.None)
                {
                    cues |= cue;
                    cueWords.Add(words[i]);
                }
            }
        }

        // "Wer hat den genehmigt?": an article form with no noun after it, only a lower-case last word, stands for a noun said before.
        for (var i = 1; i < words.Length; i++)
        {
            if (ArticlePronouns.Contains(folded[i]) && words.Length - i <= 2 && (i + 1 == words.Length || char.IsLower(words[i + 1][0])))
            {
                cues |= Cue.RefersBack;
            }
        }

        if (folded.Length > 1 && folded[0] is "und" or "and")
        {
            cues |= Cue.RefersBack; // "Und wo genau?": a message that opens with "und" goes on with the last one
        }

        // Phrases say what is asked in several words ("wie viele", "office hours"); their words are no topic.
        var phrases = Cue.None;
        foreach (var (cue, start, length) in Lexicon.Phrases(folded))
        {
            phrases |= cue;
            if ((cue & ~Lexicon.KeepsTopic) != Cue.None)
            {
                cueWords.UnionWith(words.Skip(start).Take(length));
            }
        }

        cues |= phrases;
        if ((phrases & Cue.Quantity) != 0 && (phrases & (Cue.Cost | Cue.Measure)) == 0)
        {
            cues &= ~Cue.Cost; // "Wie viele Schulen …?" asks for a count, not a price
        }

        if ((phrases & Cue.When) != 0)
        {
            cues &= ~(Cue.Cost | Cue.Money); // "Um wie viel Uhr …?" asks a time; its "wie viel" is no sum
        }

        cues = SettleAmountOf(cues, words, folded);
        cues = SettleMoney(cues, folded, phrases);
        cues = SettleMoment(cues, words, folded, cueWords);
        cues = SettleChange(cues, phrases);
        if ((cues & Cue.Grant) != 0)
        {
            // "Gibt es für die Turnhalle Zuschüsse?" asks where money comes from; "Wie beantrage ich den Zuschuss?", "Wie
            // hoch ist der Zuschuss?" ask another kind of answer about the grant, which is then their topic.
            if ((cues & GrantIsTopic) == 0)
            {
                cues |= Cue.Funding | Cue.Reason;
            }
            else
            {
                cueWords.RemoveWhere(w => (Lexicon.CuesOf(Lexicon.Fold(w)) & Cue.Grant) != 0);
            }
        }

        if ((cues & (Cue.When | Cue.Again)) == (Cue.When | Cue.Again))
        {
            cues |= Cue.Next; // "Wann hat die Eishalle wieder auf?" asks for the next time it opens, after a closure
        }

        if (folded.Length > 1 && folded[^1] == "zu")
        {
            cues |= Cue.Hours | Cue.Closed; // a separable "zu" at the end: "Hat das Bürgerbüro am Samstag zu?"
        }
        else if (folded.Length > 2 && folded[^1] == "auf" && folded[0] is "hat" or "haben" or "ist" or "sind" or "macht" or "machen")
        {
            cues |= Cue.Hours; // and "auf" of "aufhaben", "aufmachen": "Hat das Museum am Sonntag auf?"
        }

        var english = IsEnglish(folded, locale);
        var (past, future) = _dates.RecognizeBoth(text, english, now);
        if (past is not null && past.Mentions.All(m => Word().Matches(m).All(w => (Lexicon.CuesOf(Lexicon.Fold(w.Value)) & Cue.News) != 0)))
        {
            past = null; // "aktuelle Meldungen" asks for the newest, not for today's
        }

        if (past is not null && YearsNameThings(text, past.Mentions))
        {
            (past, future) = (null, null); // "Wann wird der Haushalt 2028 verabschiedet?": the year is part of the topic
        }

        if (HolidayNames.Find(text, words, folded, now, future?.Mentions.FirstOrDefault()) is { } holiday)
        {
            (past, future) = holiday; // "an Fronleichnam", "am Tag der Deutschen Einheit": no date model knows them
        }

        if (past is null)
        {
            future = null;
        }
        var (time, timeMention) = ClockTime(text);
        return new ReadQuestion(text, english, cues, words, cueWords, past, future)
        {
            Time = time,
            TimeMention = timeMention,
            TimeIsEnd = timeMention is not null && UntilTime().IsMatch(timeMention),
            DayPart = DayPartReader.Find(folded),
        };
    }

    /// <summary>
    /// A time of day: "um 16 Uhr", "16:30 Uhr", "um 9", "at 4 pm", "4:30pm". The date models are narrowed to days
    /// (see <see cref="DayExtractorConfiguration"/>), so a clock time is read here.
    /// </summary>
    internal static (TimeOnly? Time, string? Mention) ClockTime(string text)
    {
        var match = Clock().Match(text);
        if (!match.Success)
        {
            return HalfHour(text);
        }

        var hour = int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ap"].Value.ToLowerInvariant();
        if (meridiem.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (new TimeOnly(hour, minute), match.Value) : (null, null);
    }

    /// <summary>
    /// "um halb eins", "halb 3": half an hour before the hour named. Said of a day at the town hall, the hours one
    /// to six are in the afternoon ("halb drei" is 14:30), "halb eins" is 12:30, the others in the morning.
    /// </summary>
    private static (TimeOnly? Time, string? Mention) HalfHour(string text)
    {
        var match = Half().Match(text);
        if (!match.Success)
        {
            return (null, null);
        }

        var named = match.Groups["n"].Value;
        var hour = char.IsDigit(named[0])
            ? int.Parse(named, System.Globalization.CultureInfo.InvariantCulture)
            : Array.IndexOf(HourWords, named.ToLowerInvariant()) + 1;
        if (hour is < 1 or > 12)
        {
            return (null, null);
        }

        var before = hour - 1;
        before = before == 0 ? 12 : before <= 6 ? before + 12 : before;
        return (new TimeOnly(before, 30), match.Value);
    }

    /// <summary>The hours of a clock in German words, one to twelve, as <see cref="Half"/> reads them.</summary>
    private static readonly string[] HourWords = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

    [GeneratedRegex(@"(\b(um|ab|gegen|bis)\s+)?\bhalb\s+(?<n>1[0-2]|[1-9]|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@"(\b(um|ab|gegen|bis|at|around|until|till)\s+)?\b(?<h>\d{1,2})([:.](?<m>\d{2}))?\s*((?<ap>[ap]\.?m\.?)(?!\w)|Uhr\b|o'clock\b)|\b(um|bis|at|until|till)\s+(?<h>\d{1,2})([:.](?<m>\d{2}))?\b(?!\.)|(?<![\d:.])\b(?<h>\d{1,2}):(?<m>\d{2})\b(?![:.]?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    /// <summary>A clock time that says until when: "bis 18 Uhr", "until 6 pm".</summary>
    [GeneratedRegex(@"^(bis|until|till)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilTime();

    /// <summary>
    /// True when <paramref name="sentence"/> holds what a question of this kind asks for: an amount of money
    /// (<see cref="Cue.Cost"/>; "kostenlos" and "frei" say one too), a number (<see cref="Cue.Quantity"/>), a date
    /// (<see cref="Cue.When"/>), a length of time (<see cref="Cue.Duration"/>: "acht Monate", "bis 2022") or a
    /// person named with a form of address (<see cref="Cue.Person"/>: "Frau Petra Sommer", "Dr. Weber"), a reason, a
    /// source of money, a place, or how something is done (<see cref="Cue.Procedure"/>: "online über das Portal").
    /// </summary>
    /// <param name="sentence">A sentence of the knowledge.</param>
    /// <param name="wanted">What the question asks for.</param>
    /// <param name="english">Whether the question is English (the sentence is read in English too).</param>
    /// <param name="free">Whether "kostenlos", "frei" count as a price.</param>
    public bool Holds(string sentence, Cue wanted, bool english, bool free = true)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var key = (sentence, wanted & Answerable, english, free);
        if (_held.TryGetValue(key, out var held))
        {
            return held;
        }

        held = Recognize(sentence, key.Item2, english, free);
        if (_held.Count >= HeldSentencesBound)
        {
            _held.Clear(); // a bound, not a policy: the archive's sentences come back as they are asked for
        }

        _held[key] = held;
        return held;
    }

    /// <summary>
    /// The sentence is the knowledge's, German by the folder's contract, whatever the question's language: it is read
    /// in German, and for an English question in English too (an English keyword or text in a file).
    /// </summary>
    private bool Recognize(string sentence, Cue wanted, bool english, bool free) =>
        RecognizeIn(sentence, wanted, english: false, free) || (english && RecognizeIn(sentence, wanted, english: true, free));

    private bool RecognizeIn(string sentence, Cue wanted, bool english, bool free)
    {
        var culture = english ? Culture.English : Culture.German;
        return ((wanted & Cue.Cost) != 0 && ((free && SentenceMarkers.HoldsFree(sentence)) || NumberWithUnitRecognizer.RecognizeCurrency(sentence, culture).Count > 0))
            || ((wanted & Cue.Duration) != 0 && (LengthOfTime().IsMatch(sentence) || UntilWhen().IsMatch(sentence)))
            || ((wanted & Cue.Change) != 0 && NumberChange().IsMatch(sentence))
            || ((wanted & Cue.Quantity) != 0 && NumberRecognizer.RecognizeNumber(sentence, culture).Any(n => !IndefiniteArticle().IsMatch(n.Text)))
            || ((wanted & Cue.Person) != 0 && SentenceMarkers.HoldsPersonOrBody(sentence))
            || ((wanted & Cue.Reason) != 0 && ((wanted & Cue.Funding) != 0 ? SentenceMarkers.HoldsFunding(sentence) : SentenceMarkers.HoldsReason(sentence)))
            || ((wanted & Cue.Address) != 0 && SentenceMarkers.HoldsPlace(sentence))
            || ((wanted & Cue.Procedure) != 0 && SentenceMarkers.HoldsProcedure(sentence))
            || ((wanted & Cue.Route) != 0 && SentenceMarkers.HoldsRoute(sentence))
            || ((wanted & Cue.Vote) != 0 && SentenceMarkers.HoldsVote(sentence))
            || ((wanted & Cue.Purpose) != 0 && SentenceMarkers.HoldsPurpose(sentence))
            || ((wanted & Cue.When) != 0 && (SentenceMarkers.HoldsTimeWord(sentence) || ClockTime(sentence).Time is not null || _dates.NamesADate(sentence, english, DateTime.Today)));
    }

    /// <summary>
    /// True when <paramref name="sentence"/>, of a text written on <paramref name="written"/>, names a day (or days, up to
    /// a season) that has not ended before <paramref name="today"/>; false where it names none or only days gone (a meeting held, a deadline
    /// passed). A year left open is the one nearest to the text's date.
    /// </summary>
    public bool NamesAComingDay(string sentence, DateOnly written, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _dates.Days(sentence, english: false, written).Any(d => d.End > today && d.End.DayNumber - d.Start.DayNumber <= LongestDay);
    }

    /// <summary>The longest span that still dates an event: a season ("im Herbst 2027"); a whole year ("die Sätze für 2027") is no day of one.</summary>
    private const int LongestDay = 92;

    /// <summary>The kinds of answer <see cref="Holds"/> can tell in a sentence.</summary>
    public const Cue Answerable = Cue.Numbers | Cue.When | Cue.Duration | Cue.Person | Cue.Reason | Cue.Address | Cue.Funding | Cue.Procedure | Cue.Route | Cue.Vote | Cue.Purpose;

    /// <summary>"ein", "eine", "a": the recognizer reads the article as the number one, which counts nothing ("Eine Anmeldung ist nicht nötig").</summary>
    [GeneratedRegex(@"^(ein(e[nmrs]?)?|a|an)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteArticle();

    private static bool IsEnglish(string[] folded, string? locale)
    {
        var english = folded.Count(Lexicon.IsEnglish);
        var german = folded.Count(Lexicon.IsGerman);
        if (english != german)
        {
            return english > german;
        }

        return locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’\-]*|\p{N}+")]
    private static partial Regex Word();

    /// <summary>
    /// A number's change, as German writes it ("von 610 auf 655 Prozentpunkte", "von bisher 1,20 Euro auf 1,50 Euro",
    /// "um 45 Punkte", "310 Euro statt bisher 290 Euro", "rund 27 Euro mehr") and English ("from 610 to 655", "by 12
    /// per cent"): the prepositions and comparatives of the grammar, with a number beside them. "um 17 Uhr" is a time.
    /// </summary>
    [GeneratedRegex(@"\bvon\s+(\p{L}+\s+){0,2}\d[\d.,]*\s*(\S+\s+){0,3}auf\s+(\p{L}+\s+){0,2}\d|\bum\s+((rund|etwa|knapp|gut|fast|ca\.|über|mehr\s+als)\s+)?\d[\d.,]*(?![\d:.,]*\s*Uhr\b)(?![\d:.,]*\d)|\bstatt\s+(bisher\s+|zuvor\s+)?\d|\d[\d.,]*\s*(\p{L}+\s+)?(mehr|weniger)\b(?!\s+als)|\bfrom\s+\S*\d[\d.,]*\S*\s+(\p{L}+\s+)?to\s+\S*\d|\bby\s+(about\s+|around\s+)?\S?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberChange();

    /// <summary>
    /// A length of time: a count and a unit ("acht Monate", "innerhalb eines Monats", "3 weeks"; not an age, "80 Jahre
    /// alte Rohre", "Kinder von 6 bis 12 Jahren", "ab 18 Jahren", "unter drei Jahren").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(ab|unter|älter\s+als|jünger\s+als|Alter\s+von|von\s+\S+\s+bis|zwischen\s+\S+\s+und)\s+)\b(\d+([,.]\d+)?|ein(e[nmsr]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|zwanzig|dreißig|einige[nr]?|mehrere[nr]?|wenige[nr]?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(Tag(e|en|es)?|Woche[n]?|Monat(e|en|s)?|Jahr(e|en|es)?|Stunde[n]?|Minute[n]?|days?|weeks?|months?|years?|hours?|minutes?)\b(?!\s+alt(e[nmrs]?)?\b|\s+old\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthOfTime();

    /// <summary>How long something lasts up to: a year, a month, a day of one or a time of day ("bis 2022", "bis Ende Mai", "bis zum 12. September", "bis Montag, 24. August", "bis spätestens 15.3.", "bis 19 Uhr").</summary>
    [GeneratedRegex(@"\b(bis|until|till)\s+((spätestens|einschließlich|voraussichtlich|Ende|Anfang|Mitte|zum|end|the|of|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+){0,3}((\d{1,2}\.\s*)?(\d{4}|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December)\b|\d{1,2}\.\s*\d{1,2}\.|\d{1,2}([.:]\d{2})?\s*Uhr\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilWhen();

    /// <summary>True when <paramref name="sentence"/> names a length of time as a count and a unit ("rund zwei Jahre", "18 Monate"), not only until when.</summary>
    internal static bool NamesALength(string sentence) => LengthOfTime().IsMatch(sentence);
}
