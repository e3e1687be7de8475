using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// The honest ways out, always proposed, below any answer from the knowledge: "not understood" for nothing
/// readable; "Dazu habe ich leider keine Information" for what the knowledge does not cover or no town answers (a
/// joke, the weather); "Das weiß ich leider nicht" where the topic is known but not what is asked about it (an age,
/// a price); the general contact for the town as a whole; the question which service is meant.
/// </summary>
internal sealed class FallbackStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.Certain;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        var writer = context.Writer;
        if (question.Asked == Asked.Nothing)
        {
            return new("fallback", AnswerScores.Certain, "no words", () => writer.NotUnderstood(context.Index, context.General));
        }

        if (question.Asked == Asked.OutOfScope)
        {
            return new("fallback", AnswerScores.Certain, "out of scope", () => writer.NoAnswer(context.Index, context.General) with { Topic = ReplyTopic.OutOfScope });
        }

        // A person asked for, to talk to, call or help ("Ich möchte mit einem Mitarbeiter sprechen", "Kann ich
        // jemanden anrufen?"), and no office named or pointed back to: the general contact, whatever else is said.
        if (question.TopicTerms == 0 && context.General is { } contact && question.Has(Cue.Staff)
            && question.Has(Cue.Phone | Cue.Contact | Cue.Help) && !question.RefersTo.PointsBack)
        {
            return new("fallback", AnswerScores.Certain, "a person asked for", () => GeneralContact(context, contact));
        }

        // The town asked for as a whole, to reach it or for help: the general contact.
        if (question.TopicTerms == 0 && context.General is { } general
            && (question.Has(Cue.Phone | Cue.Contact) || (question.Has(Cue.Town) && question.Has(Cue.Help | Cue.Route | Cue.Address))))
        {
            return new("fallback", AnswerScores.GeneralContact * context.MinCoverage, "general contact", () => GeneralContact(context, general));
        }

        // "Ist das Rathaus am Ostermontag offen?": the hours of no office named, for one day on which every office is
        // shut (a public holiday, a closure of them all: "Silvester"), are the town hall's: closed, and why.
        if (question.TopicTerms == 0 && ServiceFocus.HoursAsked(question) && context.Read.FutureSpan is { IsSingleDay: true } day
            && !question.RefersTo.PointsBack && writer.TownClosedOn(context.Index, context.General, day.Start) is { } closed)
        {
            return new("fallback", AnswerScores.AskedKind, "the town's offices are closed that day", () => closed);
        }

        if (question.TopicTerms == 0 && question.Has(Cue.ServiceDetail))
        {
            return new("fallback", AnswerScores.AskWhichService * context.MinCoverage, "a detail of no service named", () => writer.AskWhichService(context.Index, context.General));
        }

        // The topic is in the knowledge (or is the last answer's), but no answer of the kind asked for (an age of a
        // person whose office is known).
        var followsUp = question.RefersTo.PointsBack && (context.LastArticle is not null || context.LastService is not null);
        if (question.Wanted != Cue.None && (followsUp || context.BestService is not null || context.Passages.Any(p => p.Coverage >= context.MinCoverage)))
        {
            return new("fallback", AnswerScores.NotKnown * context.MinCoverage, "topic known, " + question.AnswerType + " not held", () => writer.NoAnswer(context.Index, context.General, known: true));
        }

        return new("fallback", 0, "nothing covers the topic", () => writer.NoAnswer(context.Index, context.General));
    }

    private static Reply GeneralContact(AnswerContext context, Knowledge.Service general)
    {
        context.Memory.LastServiceId = general.Id;
        context.Memory.LastArticleId = null;
        return context.Writer.GeneralContact(general, context.Index);
    }
}
