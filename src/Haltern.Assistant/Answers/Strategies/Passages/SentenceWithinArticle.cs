using System.Text.RegularExpressions;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// The article first, then the sentence within it: an article that covers the question as a whole (title, lead and
/// text) answers with the sentence that holds the kind asked for and best shares the question's words that are not
/// already the article's subject (its title and lead sentence name that, and every sentence inherits it). A sentence
/// that answers rarely repeats the question ("Träger ist der Kreisverband" for "Wer betreibt die Kita am Park?").
/// </summary>
internal static partial class SentenceWithinArticle
{
    /// <summary>How many of the best-covering articles are read sentence by sentence.</summary>
    private const int Articles = 3;

    /// <summary>What the article as a whole counts for in the answer's score; the sentence, with its subject, the rest.</summary>
    private const double ArticleShare = 0.4;

    /// <summary>
    /// The best answer of the articles the found sentences belong to, best covering first: the sentence of the first
    /// article that covers the question and holds the kind asked for; null where none does.
    /// </summary>
    public static PassageHit? Best(AnswerContext context, IReadOnlyList<PassageHit> passages, Cue wanted)
    {
        var articles = passages.Select(p => p.Article).Distinct().Take(Articles).ToArray();
        foreach (var article in articles)
        {
            if (Within(context, article, wanted) is { } hit)
            {
                return hit;
            }
        }

        // A number said with another verb than the question's ("steigt" for "erhöht"), where no sentence says it with that one.
        if ((wanted & Cue.Numbers) != 0 && context.Verbs.Count > 0)
        {
            foreach (var article in articles)
            {
                if (Within(context, article, wanted, covered: false, anyVerb: true) is { } hit)
                {
                    return hit;
                }
            }
        }

        // How long, where no sentence gives a length: the one that says until when or names the end ("bis
        // voraussichtlich Ende Mai", "endet am 30. November").
        if (wanted == Cue.Duration)
        {
            foreach (var article in articles)
            {
                if (Within(context, article, Cue.When, covered: false, untilWhen: true) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence of <paramref name="article"/> that answers, if the article covers the question: among those
    /// holding the kind asked for, for a date the one that names the event asked about, then the one with most of the
    /// question's words beyond the subject; between equals, for a date the one that names the day ("am 1. August 2026"
    /// where the lead says "ab August"), then the one right after a sentence that holds them, then the first. Null where the article does not cover the question
    /// or no sentence of it holds the kind asked for; for a question of no kind, none that shares a word beyond the subject.
    /// </summary>
    public static PassageHit? Within(AnswerContext context, Article article, Cue wanted) => Within(context, article, wanted, covered: false);

    /// <param name="context">The question and the index.</param>
    /// <param name="article">The article whose sentences are weighed.</param>
    /// <param name="wanted">The kind of answer asked for.</param>
    /// <param name="covered">True where a sentence of the article already covers the question: no bar to reach again.</param>
    /// <param name="anyVerb">True where the number may stand with another verb than the question's.</param>
    /// <param name="untilWhen">
    /// True where only a sentence that says until when something lasts or names its end answers
    /// (<see cref="SentenceMarkers.SaysUntilWhenOrEnd"/>).
    /// </param>
    private static PassageHit? Within(AnswerContext context, Article article, Cue wanted, bool covered, bool anyVerb = false, bool untilWhen = false)
    {
        var whole = context.Coverage("a:" + article.Id, KnowledgeSearch.ArticleText(article));
        if ((!covered && whole < context.MinCoverage) || context.LacksAThingNamed(article))
        {
            return null;
        }

        var sentences = KnowledgeIndex.Sentences(article);
        var shares = Shares(context, article);

        PassageHit? best = null;
        (double Event, bool Said, double Share, bool Day, double After) bestRank = (0, false, -1, false, -1);
        for (var ordinal = 0; ordinal < sentences.Count; ordinal++)
        {
            var hit = new PassageHit(article, sentences[ordinal], ordinal, 0, 0);
            var rank = Rank(context, hit, wanted, shares);
            if (rank.CompareTo(bestRank) <= 0 || (untilWhen && !SentenceMarkers.SaysUntilWhenOrEnd(hit.Sentence)) || (wanted == Cue.None && rank.Share == 0)
                || (wanted != Cue.None && !PassageEvidence.AnswerHolds(context, hit, wanted, anyVerb)))
            {
                continue;
            }

            // A sentence that ranks higher but, with the article's subject, covers the question less than the bar answers
            // nothing: the next one that reaches it may.
            var inherited = context.Coverage("inherited:" + article.Id + "#" + ordinal, article.Title + "\n" + sentences[0] + "\n" + sentences[ordinal], article);
            var coverage = ((1 - ArticleShare) * inherited) + (ArticleShare * whole);
            if (!covered && coverage < context.MinCoverage)
            {
                continue;
            }

            best = hit with { Coverage = coverage };
            bestRank = rank;
        }

        return best;
    }

    /// <summary>
    /// The answer of another article among those found whose subject (title and lead sentence) covers the question
    /// better than the subject of <paramref name="chosen"/>'s article does: the article about the thing asked, not
    /// one that names it among others. Null where no such article answers.
    /// </summary>
    public static PassageHit? OfSubject(AnswerContext context, IReadOnlyList<PassageHit> passages, PassageHit chosen, Cue wanted)
    {
        var bar = SubjectCoverage(context, chosen.Article);
        foreach (var article in passages.Select(p => p.Article).Distinct().Take(Articles))
        {
            if (!ReferenceEquals(article, chosen.Article) && SubjectCoverage(context, article) > bar && Within(context, article, wanted) is { } hit)
            {
                return hit with { Coverage = Math.Max(hit.Coverage, chosen.Coverage) };
            }
        }

        return null;
    }

    private static double SubjectCoverage(AnswerContext context, Article article) =>
        KnowledgeSearch.Coverage(context.Question.Terms, context.SubjectTerms(article));

    /// <summary>
    /// The sentence of the same article that names the event asked about where <paramref name="chosen"/> does not, or
    /// shares more of the question's words beyond the article's subject, and holds the kind asked for, else
    /// <paramref name="chosen"/>: the date or person of the event asked about, not of another event the best covering
    /// sentence names with the subject.
    /// </summary>
    public static PassageHit Sharper(AnswerContext context, PassageHit chosen, Cue wanted)
    {
        if (Within(context, chosen.Article, wanted, covered: true) is not { } within || within.Ordinal == chosen.Ordinal)
        {
            return chosen;
        }

        // Who did what is asked ("beschlossen") stands in the sentence that says it, not in one that shares more words.
        if (wanted == Cue.Person && PassageEvidence.NamesTheEvent(context, chosen, wanted) && !PassageEvidence.NamesTheEvent(context, within, wanted))
        {
            return chosen;
        }

        var shares = Shares(context, chosen.Article);
        var sharper = (Rank(context, within, wanted, shares) with { After = 0 }).CompareTo(Rank(context, chosen, wanted, shares) with { After = 0 }) > 0;
        return sharper ? within with { Coverage = Math.Max(within.Coverage, chosen.Coverage) } : chosen;
    }

    /// <summary>
    /// For a date, how many of the kinds of event the question names the sentence names, in any words ("eröffnet" for
    /// "Wann macht … auf?"); the question's own words count in the shares.
    /// </summary>
    private static double NamesKindAsked(AnswerContext context, PassageHit hit, Cue wanted) =>
        (wanted & (Cue.When | Cue.Duration)) != 0 ? context.AskedEventsNamed(hit.Sentence) : 0;

    /// <summary>
    /// How well a sentence of the article answers, compared in order: for a date, how many of the kinds of event the
    /// question names it names; whether it says the kind asked as such (<see cref="SaysKindAsked"/>); the share of the
    /// question's words beyond the subject; for a date, whether it names the day, for a place, whether it names an address;
    /// the share of the sentence before it.
    /// </summary>
    private static (double Event, bool Said, double Share, bool Day, double After) Rank(AnswerContext context, PassageHit hit, Cue wanted, double[] shares) =>
        (NamesKindAsked(context, hit, wanted), SaysKindAsked(hit.Sentence, wanted), shares[hit.Ordinal],
            NamesDayAsked(context, hit.Sentence, wanted) || ((wanted & Cue.Address) != 0 && SentenceMarkers.NamesAnAddress(hit.Sentence)), hit.Ordinal > 0 ? shares[hit.Ordinal - 1] : 0);

    /// <summary>
    /// For a reason ("Warum …?"), true when the sentence says one as such ("begründet … mit", "weil", "wegen"), not
    /// only a state a change answers ("nicht mehr", "zu klein"): a sentence that answers why rarely repeats the
    /// question's words, the one that does often says only what changed. For where money comes from, true when it
    /// names the source ("aus dem Klimaschutzfonds", "übernimmt das Land"), not only the grant given. For how long
    /// (not until when), true when it names a length ("rund zwei Jahre"), not only a deadline or a time of day. For how
    /// something is done, true when it says the way ("online über das Kita-Portal", "meldet sich bei …"), not only by when.
    /// </summary>
    internal static bool SaysKindAsked(string sentence, Cue wanted) => wanted switch
    {
        _ when (wanted & Cue.Reason) != 0 => (wanted & Cue.Funding) == 0 ? SentenceMarkers.SaysReason(sentence) : SentenceMarkers.SaysSource(sentence),
        Cue.Duration => QuestionReader.NamesALength(sentence),
        _ when (wanted & Cue.Procedure) != 0 && (wanted & (Cue.Numbers | Cue.When | Cue.Duration)) == 0 => SentenceMarkers.SaysWay(sentence),
        _ => false,
    };

    /// <summary>
    /// For a date, true when the sentence names a day of a month ("1. August", "3.11.", "am Montag, 3. November"). Not
    /// where a length of time is asked for and no event ("Wie oft …?": "alle vier Wochen", not the day it began).
    /// </summary>
    private static bool NamesDayAsked(AnswerContext context, string sentence, Cue wanted) =>
        (wanted & Cue.When) != 0 && ((wanted & Cue.Duration) == 0 || context.AskedEvents.Count > 0) && DayOfMonth().IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> names a day of a month ("1. August", "3.11.", "May 4").</summary>
    internal static bool NamesADayOfMonth(string sentence) => DayOfMonth().IsMatch(sentence);

    [GeneratedRegex(@"\b\d{1,2}\.\s*(\d{1,2}\.|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|January|February|March|April|May|June|July|August|September|October|November|December)|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    /// <summary>The share of the question's topic words beyond its article's subject that a sentence holds (see <see cref="Shares"/>).</summary>
    public static double Share(AnswerContext context, PassageHit hit) => Shares(context, hit.Article)[hit.Ordinal];

    /// <summary>For each sentence of the article, the share of the question's topic words beyond its subject (title and lead sentence) that it holds.</summary>
    private static double[] Shares(AnswerContext context, Article article)
    {
        var sentences = KnowledgeIndex.Sentences(article);
        var subject = context.SubjectTerms(article);
        var rest = context.Question.Terms.Where(t => !t.IsCue && KnowledgeSearch.Coverage([t], subject) < 0.9).ToArray();
        var shares = new double[sentences.Count];
        var tellsEvents = !context.SaysTheEvent(article);
        for (var ordinal = 0; ordinal < sentences.Count && rest.Length > 0; ordinal++)
        {
            shares[ordinal] = KnowledgeSearch.Coverage(rest, Words(context, article, ordinal, sentences[ordinal]), tellsEvents);
        }

        return shares;
    }

    private static IReadOnlySet<string> Words(AnswerContext context, Article article, int ordinal, string sentence) =>
        context.Index.TermsOf("p:" + article.Id + "#" + ordinal, () => sentence);
}
