namespace Haltern.Assistant.Understanding;

/// <summary>
/// The words that say what kind of question this is, in German and English. Language, not knowledge: no
/// office, article or fact is named here. Words are compared folded (lower case, ä→a, ß→ss, ae/oe/ue→a/o/u),
/// so "Öffnungszeiten" and "oeffnungszeiten" are one word. An entry ending in '*' matches as a prefix.
/// </summary>
internal static class Lexicon
{
    private static readonly (Cue Cue, string[] Words)[] Entries =
    [
        (Cue.Greeting, ["hallo", "hi", "hey", "moin", "servus", "gruss*", "grüß*", "guten", "hello", "hiya", "howdy"]),
        (Cue.Thanks, ["dank*", "thanks", "thank", "thx", "merci"]),
        (Cue.Goodbye, ["tschüss", "tschüs", "wiedersehen", "wiederhören", "ciao", "bye", "goodbye", "ade"]),
        (Cue.Help, ["hilfe", "help", "kannst", "funktionierst", "versteh*", "understand"]),
        (Cue.News | Cue.WhatsNew, ["neuigkeit*", "neuest*", "neust*", "pressemitteilung*", "news", "latest", "neues", "rathausnachricht*"]),
        (Cue.News, ["nachricht*", "aktuell*", "meldung*", "passiert", "letzt*", "jüngst*", "artikel*", "beitrag", "beiträge", "bericht*", "veröffentlich*", "article*", "report*", "published"]),
        (Cue.More, ["mehr", "weiter", "details", "genauer", "ausführlich*", "erzähl*", "erzählen", "more", "further"]),
        (Cue.Phone, ["telefon*", "rufnummer*", "anruf*", "anrufen", "rufe", "tel", "nummer", "phone", "call", "telephone", "number", "durchwahl"]),
        (Cue.Email, ["mail", "email", "e-mail", "mailadresse", "emailadresse", "e-mail-adresse"]),
        (Cue.Address, ["adresse", "anschrift", "wo", "where", "address", "straße", "finde", "located", "liegt", "befindet"]),
        (Cue.Hours, ["öffnungszeit*", "geöffnet", "offen", "öffnet", "sprechzeit*", "sprechstunde*", "zeiten", "uhrzeit", "hours", "open", "opening", "termin*", "zeit", "available", "hour"]),
        (Cue.Person, ["wer", "heißt", "name", "who", "leitet", "zuständig*", "chef*"]),
        (Cue.Contact, ["erreich*", "kontakt*", "contact", "reach", "ansprechpartner*", "wende", "wenden", "sprechen", "treffen", "speak", "talk", "meet"]),
        // "kostenlos" asks whether something is free, a topic word that meets "die kostenlose Version", no price.
        (Cue.Cost, ["kosten", "kostet*", "koste", "kostenpflichtig*", "teuer*", "preis*", "gebühr*", "euro", "cost*", "price*", "expensive", "wieviel"]),
        (Cue.Cost | Cue.Money, ["betrag", "summe", "investition*", "investier*", "geld", "ausgeben", "ausgegeben", "finanzier*", "spend*", "money"]),
        (Cue.Quantity, ["anzahl", "viele"]),
        (Cue.Duration, ["dauer*", "lange", "long", "lasts", "takes"]),
        (Cue.When, ["wann", "when", "datum", "date", "until", "bis", "beginn*", "fängt", "anfang*", "start*", "fertig*", "endet", "enden", "begin*", "finish*"]),
        (Cue.Next, ["nächste*", "next", "kommende*", "demnächst"]),
        (Cue.Hours | Cue.Closed, ["geschlossen", "closed", "shut"]),
        (Cue.DayPart, ["früh", "morgens", "vormittag*", "mittag*", "nachmittag*", "abend*", "nachts", "morning", "afternoon", "evening", "noon", "midday"]),
        (Cue.Town, ["stadt", "stadtverwaltung", "verwaltung", "rathaus", "gemeinde", "gemeindeverwaltung", "kommune", "town", "city", "hall", "townhall", "council", "municipality", "administration"]),
        (Cue.Now, ["jetzt", "gerade", "momentan", "derzeit", "now", "currently", "right"]),
    ];

    private static readonly string[] EnglishWords =
    [
        "the", "is", "are", "what", "when", "where", "who", "how", "can", "i", "you", "my", "of", "to", "do", "does",
        "phone", "number", "office", "news", "hello", "thanks", "thank", "mayor", "hours", "open", "opening", "latest",
        "please", "tell", "me", "about", "citizens", "citizen", "call", "much", "cost", "there", "any", "your", "today",
        "tomorrow", "week", "whats", "what's", "new", "bye", "goodbye", "help", "town", "city", "hall", "email", "address", "reach",
        "speak", "talk", "hi", "hey", "morning", "evening", "much", "many", "long",
        // Function words no German question uses ("was", "in", "an", "so", "will" are German too, so they are not here).
        "which", "get", "gets", "would", "should", "could", "did", "has", "have", "with", "from", "this",
        "that", "they", "their", "it", "its", "on", "at", "by", "or", "if", "be", "for", "and", "there's", "who's",
    ];

    private static readonly string[] GermanWords =
    [
        "der", "die", "das", "ist", "sind", "wie", "was", "wann", "wo", "wer", "ich", "sie", "und", "hat", "haben",
        "gibt", "es", "des", "dem", "den", "mit", "bitte", "danke", "vom", "zum", "zur", "ein", "eine", "nicht",
        "auch", "im", "am", "um", "für", "bei", "aus", "gibt's", "kann", "welche", "welcher", "neues", "heute",
        "morgen", "telefonnummer", "bürgermeister", "bürgerbüro", "sprechstunde", "hallo", "tschüss", "vielen",
    ];

    private static readonly (Cue Cue, string Word, bool Prefix)[] Folded = Entries
        .SelectMany(e => e.Words.Select(w => (e.Cue, Fold(w.TrimEnd('*', '?')), w.EndsWith('*'))))
        .ToArray();

    /// <summary>The whole words, looked up at once: most entries are.</summary>
    private static readonly Dictionary<string, Cue> Whole = Folded.Where(e => !e.Prefix)
        .GroupBy(e => e.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(Cue.None, (cues, e) => cues | e.Cue), StringComparer.Ordinal);

    private static readonly (Cue Cue, string Word)[] Prefixes = Folded.Where(e => e.Prefix).Select(e => (e.Cue, e.Word)).ToArray();

    /// <summary>The entries a word one letter off still matches (see <see cref="Typo"/>).</summary>
    private static readonly (Cue Cue, string Word, bool Prefix)[] TypoEntries = Folded.Where(e => (e.Cue & Typo) != 0 && e.Word.Length >= 7).ToArray();

    private static readonly HashSet<string> English = EnglishWords.Select(Fold).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> German = GermanWords.Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Cues whose longer words are still recognised with one typo ("Telfonnummer"); not "weiter" for "Wetter".</summary>
    private const Cue Typo = Cue.ServiceDetail | Cue.News;

    /// <summary>The cues one word carries; a long word of a detail or news cue may be off by one letter.</summary>
    public static Cue CuesOf(string foldedWord)
    {
        var cues = Whole.GetValueOrDefault(foldedWord);
        foreach (var (cue, word) in Prefixes)
        {
            if (foldedWord.StartsWith(word, StringComparison.Ordinal))
            {
                cues |= cue;
            }
        }

        if (foldedWord.Length >= 6)
        {
            foreach (var (cue, word, prefix) in TypoEntries)
            {
                // A cue the word has already needs no near match.
                if ((cues & cue) != cue && NearlyStartsWith(foldedWord, word, whole: !prefix))
                {
                    cues |= cue;
                }
            }
        }

        return cues;
    }

    /// <summary>True when <paramref name="word"/> is <paramref name="entry"/> (or starts with it) but for one letter.</summary>
    private static bool NearlyStartsWith(string word, string entry, bool whole)
    {
        if (whole)
        {
            return Math.Abs(word.Length - entry.Length) <= 1 && EditDistance.AtMostOne(word, entry);
        }

        for (var length = entry.Length - 1; length <= entry.Length + 1; length++)
        {
            if (length <= word.Length && EditDistance.AtMostOne(word.AsSpan(0, length), entry))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsEnglish(string foldedWord) => English.Contains(foldedWord);

    public static bool IsGerman(string foldedWord) => German.Contains(foldedWord);

    /// <summary>Lower case, German letters folded to ASCII, ae/oe/ue to a/o/u.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant()
            .Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss");
        return lower.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
    }
}
