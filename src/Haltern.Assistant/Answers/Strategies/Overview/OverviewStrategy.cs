using System.Globalization;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// An overview of a topic ("Erzähl mir etwas über die Parkgebühren", "Tell me about the flood protection"): the
/// article or service that covers the topic best, as a whole rather than one sentence: an article's title, teaser
/// and first paragraph (<see cref="AnswerWriter.ArticleOverview"/>), a service with all its fields. A topic no
/// article or service covers gets no overview; the honest fallback answers it.
/// </summary>
internal sealed class OverviewStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.AskedKind;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (!question.Has(Cue.Overview) || question.TopicTerms == 0 || question.Wanted != Cue.None
            || question.Asked is not (Asked.Fact or Asked.More) || ServiceFocus.HoursAsked(question))
        {
            return null;
        }

        var article = context.Search.Articles(context.Index, question.Terms)
            .Where(a => a.Coverage >= context.MinCoverage)
            .OrderByDescending(a => a.Coverage).ThenByDescending(a => a.Score)
            .FirstOrDefault();
        if (context.BestService is { } service && (article is null || service.Coverage >= article.Coverage))
        {
            return new("overview", AnswerScores.AskedKind, string.Create(CultureInfo.InvariantCulture, $"service covers {service.Coverage:0.00}"), () =>
            {
                context.Memory.LastServiceId = service.Service.Id;
                context.Memory.LastArticleId = null;
                return context.Writer.ServiceAnswer(service.Service, Cue.None, null, next: false, context.Now, context.General, context.Index);
            });
        }

        if (article is null)
        {
            return null;
        }

        return new("overview", AnswerScores.AskedKind, string.Create(CultureInfo.InvariantCulture, $"article covers {article.Coverage:0.00}"), () =>
        {
            context.Memory.LastArticleId = article.Article.Id;
            context.Memory.LastServiceId = null;
            return context.Writer.ArticleOverview(article.Article);
        });
    }
}
