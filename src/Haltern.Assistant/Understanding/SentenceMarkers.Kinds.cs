using System.Text.RegularExpressions;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The answers a sentence shows by its words alone, no number or date: how something is done, a way around a closure,
/// the outcome of a vote, what something is for, where money comes from; and an address.
/// </summary>
internal static partial class SentenceMarkers
{
    private static readonly WordMatcher Procedures = new("markers/procedure.txt");
    private static readonly WordMatcher Deadlines = new("markers/deadline.txt");
    private static readonly WordMatcher Routes = new("markers/route.txt");
    private static readonly WordMatcher Votes = new("markers/vote.txt");
    private static readonly WordMatcher Uses = new("markers/purpose.txt");

    // Read as written, as the reasons are: folded, "fördert" would be "fordert".
    private static readonly WordMatcher Funds = new(Lexicon.Entries("markers/funding.txt"), AsWritten);
    private static readonly WordMatcher Grants = new(Lexicon.Entries("markers/grant.txt"), AsWritten);
    private static readonly WordMatcher Bearing = new(Lexicon.Entries("markers/funding-bearing.txt"), AsWritten);
    private static readonly WordMatcher Shares = new("markers/shares.txt");

    /// <summary>
    /// How something is done: the way ("online", "über das Portal", "per E-Mail", "persönlich"), the papers to bring
    /// or hand in, the appointment, whom to turn to (<c>markers/procedure.txt</c>), or the deadline
    /// (<c>markers/deadline.txt</c>).
    /// </summary>
    public static bool HoldsProcedure(string sentence) => SaysWay(sentence) || Marks(Deadlines, sentence);

    /// <summary>
    /// How something is done said as such (<c>markers/procedure.txt</c>): the way, the papers, the appointment, whom to
    /// turn to; not only by when ("Vom 1. bis zum 15. November können Eltern ihr Kind anmelden" says that and when, not how).
    /// </summary>
    public static bool SaysWay(string sentence) => Marks(Procedures, sentence) || WebOrMailAddress().IsMatch(sentence);

    /// <summary>
    /// A web or e-mail address written out ("auf stadtradeln.de", "kita.beispielstadt.de/anmeldung",
    /// "forst@beispielstadt.de"): where to do it. Words in lower case joined by dots, the last part two to four letters.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.])[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,4}\b(?!\.\p{L})|\S@\S", RegexOptions.CultureInvariant)]
    private static partial Regex WebOrMailAddress();

    /// <summary>
    /// A way to get somewhere or around a closure (<c>markers/route.txt</c>): a detour ("Die Umleitung führt über …",
    /// "wird umgeleitet"), a temporary bridge, a shuttle or bus that goes there.
    /// </summary>
    public static bool HoldsRoute(string sentence) => Marks(Routes, sentence);

    /// <summary>
    /// What something is for (<c>markers/purpose.txt</c>: "verwendet für", "fließen in", "dient", "soll … finanzieren"), or a
    /// final clause ("um … zu", "damit").
    /// </summary>
    public static bool HoldsPurpose(string sentence) => Marks(Uses, sentence) || Purpose().IsMatch(sentence);

    /// <summary>The outcome of a vote (<c>markers/vote.txt</c>): "mit 24 Ja-Stimmen bei 9 Gegenstimmen", "einstimmig", "bei zwei Enthaltungen".</summary>
    public static bool HoldsVote(string sentence) => Marks(Votes, sentence);

    /// <summary>True when a marker file's entry stands in the sentence, its words folded and its clause ends kept ("reicht … ein").</summary>
    private static bool Marks(WordMatcher markers, string sentence) => markers.MatchesAny(WordsAndClauseEnds(sentence, Lexicon.Fold));

    /// <summary>Where money comes from or who pays: "Förderanträge", "Zuschüsse", "übernimmt das Land", "kommen aus dem Landesprogramm".</summary>
    public static bool HoldsFunding(string sentence) => SaysSource(sentence) || Grants.MatchesAny(Written(sentence));

    /// <summary>
    /// Where money comes from said as such (<c>markers/funding.txt</c>): a fund, a budget, a levy, who pays ("stammt aus
    /// dem Klimaschutzfonds", "über die Gebühren finanziert"; "übernimmt das Land" where a sum is named,
    /// <c>funding-bearing.txt</c>), not only that a grant is given ("fördert … mit 150 Euro", <c>grant.txt</c>).
    /// </summary>
    public static bool SaysSource(string sentence)
    {
        var words = Written(PerHousehold().Replace(TimeOfOrigin().Replace(sentence, " "), " "));
        return Funds.MatchesAny(words) || (Bearing.MatchesAny(words) && NamesASum(sentence));
    }

    /// <summary>
    /// True when a sentence names a sum or a cost: an amount in euros or per cent, a noun of money (<c>markers/money.txt</c>)
    /// or a part of one (<c>markers/shares.txt</c>: "je zur Hälfte", "den Rest").
    /// </summary>
    private static bool NamesASum(string sentence) => SumOfMoney().IsMatch(sentence) || Words(sentence).Any(w => Money.Matches(w.Folded) || Shares.Matches(w.Folded));

    [GeneratedRegex(@"\d\s*(Euro|EUR|€|Prozent|%|Mio|Millionen|Milliarden)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumOfMoney();

    /// <summary>"je Haushalt", "pro Haushalt": a household, not the budget the same word names.</summary>
    [GeneratedRegex(@"\b(je|pro|per)\s+Haushalt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerHousehold();

    /// <summary>Where something comes from in time, not money: "stammt aus dem Jahr 1958", "kommen aus den 1970er Jahren", "aus dem 18. Jahrhundert".</summary>
    [GeneratedRegex(@"\b(stamm|komm|kam)\w*\s+aus\s+(dem|den)\s+(Jahr\w*|Baujahr\w*|\d{4}\w*|\d{1,2}\.\s*Jahrhundert\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfOrigin();

    /// <summary>
    /// True when a sentence names an address: a street or a place of <c>markers/place.txt</c> with its number
    /// ("Lindenstraße 14a"), or any name with its number after a preposition of place (<c>markers/place-prepositions.txt</c>,
    /// perhaps with an article: "am Steinkamp 2", "an der Wende 3"), the most a "Wo genau …?" can be told.
    /// </summary>
    public static bool NamesAnAddress(string sentence)
    {
        foreach (Match match in NameAndNumber().Matches(sentence))
        {
            var street = match.Groups["street"].Value;
            var before = match.Groups["before"].Captures.Select(c => Lexicon.Fold(c.Value)).ToArray();
            var preposition = before.Length > 0 && (PlacePrepositions.Matches(before[^1])
                || (before.Length > 1 && before[^1] is "der" or "dem" or "den" && PlacePrepositions.Matches(before[^2])));
            if (preposition || Places.Matches(Lexicon.Fold(street)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised word and a house number after it (up to three digits: not a year, "Juni 2027"), not a time or an
    /// amount, with the two words before it.
    /// </summary>
    [GeneratedRegex(@"(?:(?<before>\p{L}+)\s+){0,2}(?<street>\p{Lu}[\p{L}\-]*)\s+\d{1,3}\s?[a-z]?\b(?![.,:]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndNumber();

    /// <summary>
    /// True when <paramref name="sentence"/> says until when something lasts (<see cref="SaysUntilWhen"/>: "bis zum 15.
    /// Januar") or names its end (<c>markers/events.txt</c>, a finish: "Die Frist endet am 30. November"): the answer to
    /// "Bis wann …?" where no sentence gives a length.
    /// </summary>
    public static bool SaysUntilWhenOrEnd(string sentence) =>
        SaysUntilWhen(sentence) || EventKinds(sentence) is var kinds && (kinds.Contains(FinishEvent) || kinds.Contains(UntilEvent));

    private static readonly WordMatcher Seasons = new("markers/season.txt");

    /// <summary>True for a word that names a season or a year a place is open in (<c>markers/season.txt</c>: "Saison", "Sommer", "Jahr").</summary>
    public static bool NamesASeason(string folded) => Seasons.Matches(folded);

    /// <summary>The kind of event (<c>markers/events.txt</c>) of a thing finished ("fertig", "abgeschlossen").</summary>
    public const string FinishEvent = "finish";

    /// <summary>The kind of event (<c>markers/events.txt</c>) of the end of a span ("bis").</summary>
    public const string UntilEvent = "until";
}
