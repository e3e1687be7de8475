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
internal static class SentenceWithinArticle
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
        foreach (var article in passages.Select(p => p.Article).Distinct().Take(Articles))
        {
            if (Within(context, article, wanted) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence of <paramref name="article"/> that answers, if the article covers the question: among those
    /// holding the kind asked for, the one with most of the question's words beyond the subject; between equals, the
    /// one right after a sentence that holds them, then the first. Null where the article does not cover the question
    /// or no sentence of it holds the kind asked for.
    /// </summary>
    public static PassageHit? Within(AnswerContext context, Article article, Cue wanted)
    {
        var whole = context.Coverage("a:" + article.Id, KnowledgeSearch.ArticleText(article));
        if (whole < context.MinCoverage || context.LacksAThingNamed(article))
        {
            return null;
        }

        var sentences = KnowledgeIndex.Sentences(article);
        var shares = Shares(context, article);

        PassageHit? best = null;
        (double Share, double After) bestRank = (-1, -1);
        for (var ordinal = 0; ordinal < sentences.Count; ordinal++)
        {
            var hit = new PassageHit(article, sentences[ordinal], ordinal, 0, 0);
            var rank = (shares[ordinal], ordinal > 0 ? shares[ordinal - 1] : 0);
            if (rank.CompareTo(bestRank) <= 0 || !PassageEvidence.AnswerHolds(context, hit, wanted))
            {
                continue;
            }

            var inherited = context.Coverage("inherited:" + article.Id + "#" + ordinal, article.Title + "\n" + sentences[0] + "\n" + sentences[ordinal]);
            best = hit with { Coverage = ((1 - ArticleShare) * inherited) + (ArticleShare * whole) };
            bestRank = rank;
        }

        return best is not null && best.Coverage >= context.MinCoverage ? best : null;
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
        context.Coverage("subject:" + article.Id, article.Title + "\n" + KnowledgeIndex.Sentences(article).FirstOrDefault());

    /// <summary>
    /// The sentence of the same article that shares more of the question's words beyond the article's subject than
    /// <paramref name="chosen"/> does and holds the kind asked for, else <paramref name="chosen"/>: the date or person
    /// of the event asked about, not of another event the best covering sentence names with the subject.
    /// </summary>
    public static PassageHit Sharper(AnswerContext context, PassageHit chosen, Cue wanted)
    {
        if (Within(context, chosen.Article, wanted) is not { } within || within.Ordinal == chosen.Ordinal)
        {
            return chosen;
        }

        // Who did what is asked ("beschlossen") stands in the sentence that says it, not in one that shares more words.
        if (wanted == Cue.Person && PassageEvidence.NamesTheEvent(context, chosen, wanted) && !PassageEvidence.NamesTheEvent(context, within, wanted))
        {
            return chosen;
        }

        var shares = Shares(context, chosen.Article);
        return shares[within.Ordinal] > shares[chosen.Ordinal] ? within with { Coverage = Math.Max(within.Coverage, chosen.Coverage) } : chosen;
    }

    /// <summary>For each sentence of the article, the share of the question's topic words beyond its subject (title and lead sentence) that it holds.</summary>
    private static double[] Shares(AnswerContext context, Article article)
    {
        var sentences = KnowledgeIndex.Sentences(article);
        var subject = context.Index.TermsOf("subject:" + article.Id, () => article.Title + "\n" + sentences.FirstOrDefault());
        var rest = context.Question.Terms.Where(t => !t.IsCue && KnowledgeSearch.Coverage([t], subject) < 0.9).ToArray();
        var shares = new double[sentences.Count];
        for (var ordinal = 0; ordinal < sentences.Count && rest.Length > 0; ordinal++)
        {
            shares[ordinal] = KnowledgeSearch.Coverage(rest, Words(context, article, ordinal, sentences[ordinal]));
        }

        return shares;
    }

    private static IReadOnlySet<string> Words(AnswerContext context, Article article, int ordinal, string sentence) =>
        context.Index.TermsOf("p:" + article.Id + "#" + ordinal, () => sentence);
}
