using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// The news: the newest articles, within the dates asked for, on the topic asked for (phrases: NewsHeading,
/// NewsInSpan, NoNewsInSpan). A date alone (a month gone by) asks for the news of that time. A question about
/// a topic that no sentence answers but articles are about (their title or category) gets those articles,
/// unless it asks for a fact of a kind (a price, a date): a list of articles is no such fact.
/// </summary>
internal sealed class NewsStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.AskedKind;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (question.Asked == Asked.News)
        {
            var topical = question.TopicTerms > 0 ? context.TopicalArticles : [];

            // Where the topic is in no article ("Nachrichten" can also be messages), the other knowledge may
            // answer first, unless the words can only mean news ("Neuigkeiten": a place named with them is no topic)
            // or name the time whose news they ask for ("Was stand im Mai in den Nachrichten?"); not where a fact of a
            // kind is asked of the topic, with a time ("Wie viele haben letztes Jahr beim Dorffest geholfen?": the year of
            // the count, told by this year's article) or with a word of news ("Was ist mit dem Geld vom
            // Adventsbasar passiert?"): the sentence that holds it answers, the articles only where none does.
            var certain = question.TopicTerms == 0 || question.Has(Cue.WhatsNew)
                || (question.Wanted == Cue.None && (topical.Count > 0 || context.Read.PastSpan is not null));
            return new("news", certain ? AnswerScores.AskedKind : AnswerScores.NewsFallback * context.MinCoverage,
                $"{topical.Count} articles on the topic", () => News(context, (certain || topical.Count > 0) && !NarrowsNothing(context, topical) ? topical : []));
        }

        if (question.TopicTerms > 0 && question.Wanted == Cue.None && question.Asked is not Asked.OutOfScope
            && context.BestService is null && context.TopicalArticles.Count > 0)
        {
            return new("news", AnswerScores.TopicalArticles * context.MinCoverage, $"{context.TopicalArticles.Count} articles about the topic", () => News(context, context.TopicalArticles));
        }

        return null;
    }

    /// <summary>
    /// True when the topic is held by half the knowledge or more, articles and services together (the town's own
    /// name, in most texts and every address: "Was gibt's Neues in Haltern?"): it narrows nothing, and the news asked
    /// for are the newest.
    /// </summary>
    private static bool NarrowsNothing(AnswerContext context, IReadOnlyList<Article> topical)
    {
        if (topical.Count < 2)
        {
            return false;
        }

        var knowledge = context.Index.Knowledge;
        var services = context.ServiceHits.Count(s => s.Coverage >= context.MinCoverage);
        return (topical.Count + services) * 2 >= knowledge.Articles.Count + knowledge.Services.Count;
    }

    /// <summary>
    /// True when the question asks more than the articles on its topic say: a fact of a kind (a number, a date) where
    /// the news were asked ("Wie viele Besucher hatte der Markt zuletzt?"), or a thing none of them writes in
    /// any form ("Gepäckservice" asked beside the race's name). The list is then what is known on the topic, after
    /// "Genau das weiß ich leider nicht", not an answer.
    /// </summary>
    private static bool AsksBeyond(AnswerContext context, IReadOnlyList<Article> articles) =>
        articles.Count > 0 && context.Question.TopicTerms > 0
        && (context.Question.Wanted != Cue.None || articles.All(a => context.TopicsNotMentioned("a:" + a.Id, KnowledgeSearch.ArticleText(a)).Count > 0));

    private static Reply News(AnswerContext context, IReadOnlyList<Article> articles)
    {
        var beyond = AsksBeyond(context, articles);
        var span = context.Read.PastSpan;
        var spanEmpty = false;
        if (articles.Count == 0)
        {
            articles = span is null ? context.Index.NewestArticles(5) : context.Index.NewestArticles(5, span.Start, span.End);
            if (articles.Count == 0 && span is not null)
            {
                spanEmpty = true;
                articles = context.Index.NewestArticles(5);
            }
        }

        context.Memory.LastArticleId = articles.FirstOrDefault()?.Id;
        context.Memory.LastServiceId = null;
        return context.Writer.NewsList(articles, spanEmpty ? null : span, spanEmpty, context.Index, context.General, beyond);
    }
}
