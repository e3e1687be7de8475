using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// When a service is open or holds hours (open now, on a day named, a day named after a
/// service alone): the service in
/// focus (<see cref="ServiceFocus"/>) answered from its hours. The hours themselves, the days and the phrases are
/// written by <see cref="AnswerWriter.OpenNow"/> and <see cref="AnswerWriter.ServiceAnswer"/>.
/// </summary>
internal sealed class HoursStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.FollowUp;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (!ServiceFocus.HoursAsked(question) || question.Asked is Asked.OutOfScope || ServiceFocus.Find(context) is not { } focus)
        {
            return null;
        }

        // "Wie lange ist das Bad zu?" asks how long a closure lasts: the hours answer it with the closure that keeps the
        // office shut today, or one in the days named ("über Weihnachten"); otherwise the length is a text's ("nach
        // elf Monaten Umbau wieder geöffnet"), not the week's hours.
        var today = DateOnly.FromDateTime(context.Now);
        if (question.Has(Cue.Duration) && context.Read.Has(Cue.Closed) && context.Read.FutureSpan is null
            && !focus.Service.Hours.Closures.Any(c => c.From <= today && c.To >= today))
        {
            return null;
        }

        return new("hours", focus.Score, focus.Evidence, () => Answer(context, focus.Service));
    }

    /// <summary>The one entry point to the hours answers: open now, or the hours on the day asked for, next, or of the week.</summary>
    private static Reply Answer(AnswerContext context, Knowledge.Service service)
    {
        var read = context.Read;
        if (SeasonAsked(context) && context.Writer.SeasonEnd(service, DateOnly.FromDateTime(context.Now), context.General, context.Index) is { } season)
        {
            context.Memory.LastServiceId = service.Id;
            context.Memory.LastArticleId = null;
            return season;
        }

        var day = read.Has(Cue.News) ? null : read.FutureSpan;
        if (read.Has(Cue.Now) && !service.Hours.IsEmpty && (read.Has(Cue.Hours) || day is null))
        {
            context.Memory.LastServiceId = service.Id;
            context.Memory.LastArticleId = null;
            return context.Writer.OpenNow(service, context.Now, context.General, context.Index, read.Has(Cue.Closed));
        }

        return ServiceFocus.Compose(context, service, day);
    }

    /// <summary>
    /// True when until when or how long it is open is asked of a season or a year ("Bis wann hat das Freibad diese Saison
    /// noch auf?", "… diesen Sommer", "How long is the pool open this year?"; <c>markers/season.txt</c>, or a span of
    /// more than a month), not of a day.
    /// </summary>
    private static bool SeasonAsked(AnswerContext context)
    {
        var read = context.Read;
        return read.Has(Cue.Duration) && !read.Has(Cue.Closed)
            && (read.FutureSpan is { } span && span.End.DayNumber - span.Start.DayNumber > MonthDays || read.Words.Any(w => SentenceMarkers.NamesASeason(Lexicon.Fold(w))));
    }

    private const int MonthDays = 31;
}
