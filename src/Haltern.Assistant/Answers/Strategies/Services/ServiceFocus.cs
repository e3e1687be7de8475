using System.Globalization;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>The service a question is about, and how sure that is; shared by the hours and the service detail strategies.</summary>
/// <param name="Service">The service.</param>
/// <param name="Score">How well it answers (see <see cref="AnswerScores"/>).</param>
/// <param name="Evidence">Why this service.</param>
internal sealed record ServiceFocus(Service Service, double Score, string Evidence)
{
    /// <summary>The kinds of answer a service's fields cannot give; its text must hold them (an age, a price).</summary>
    private const Cue OnlyInText = Cue.Cost | Cue.Quantity | Cue.Duration | Cue.Reason;

    /// <summary>True when the question asks for opening hours or a day: the hours strategy answers it.</summary>
    public static bool HoursAsked(Interpretation question) =>
        question.Has(Cue.Hours | Cue.When | Cue.Now | Cue.Next) || (question.Read.FutureSpan is not null && !question.Has(Cue.News));

    /// <summary>
    /// The last service for a question that names no topic but a detail or a day (its number, a day), else the service that covers the topic words best.
    /// </summary>
    public static ServiceFocus? Find(AnswerContext context)
    {
        var question = context.Question;
        if (question.TopicTerms == 0 && context.LastService is null && question.Has(Cue.ServiceDetail) && context.ServiceNamedByLastArticle() is { } named)
        {
            return new(named, AnswerScores.FollowUp, "the service the last article names");
        }

        if (question.TopicTerms == 0 && context.LastService is { } last)
        {
            var dayAlone = !question.Has(Cue.News | Cue.More) && question.Read.FutureSpan is { } day && day.End > DateOnly.FromDateTime(context.Now);
            return question.Has(Cue.ServiceDetail) || dayAlone ? new(last, AnswerScores.FollowUp, "the last service") : null;
        }

        if (context.BestService is not { } hit)
        {
            return null;
        }

        // Asked for what only its text could say, and the text does not: another answer, or none.
        var onlyInText = question.Read.Cues & OnlyInText & ~(HoursAsked(question) ? Cue.Duration : Cue.None);
        if (onlyInText != Cue.None && !KnowledgeIndex.Sentences(hit.Service).Any(s => context.Holds(s, onlyInText)))
        {
            return null;
        }

        // A detail of a service the knowledge covers (how to reach an office) is answered by the service
        // whatever a sentence of an article says; not a person the service names none for (an article may name
        // the head of a place the service only hands out).
        if (question.Has(Cue.ServiceDetail) && !PersonNotInService(context, hit.Service))
        {
            return new(hit.Service, AnswerScores.AskedKind, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00} and a detail is asked"));
        }

        // Otherwise by its coverage; the service wins a tie with a sentence (its fields are the office's own).
        var score = PersonNotInService(context, hit.Service) ? hit.Coverage - 0.01 : hit.Coverage + 0.001;
        return new(hit.Service, score, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00}"));
    }

    /// <summary>True when the question asks only for a person (no number, hours, …) and the service names none, in a field or its text.</summary>
    public static bool PersonNotInService(AnswerContext context, Service service) =>
        (context.Read.Cues & Cue.ServiceDetail) == Cue.Person && service.Person is null
        && !KnowledgeIndex.Sentences(service).Any(SentenceMarkers.HoldsNamedPerson);

    /// <summary>The reply about a service: the fields asked for, and its own sentence on what else is asked ("anmelden").</summary>
    public static Reply Compose(AnswerContext context, Service service, DateSpan? day)
    {
        context.Memory.LastServiceId = service.Id;
        context.Memory.LastArticleId = null;
        var read = context.Read;
        var sentence = context.Search.ServiceSentence(context.Index, service, context.Question.Terms);
        return context.Writer.ServiceAnswer(service, read.Cues, day, read.Has(Cue.Next), context.Now, context.General, context.Index, sentence, read.Time, read.TimeIsEnd, read.DayPart);
    }
}
