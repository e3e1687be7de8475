using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// Greetings, thanks, goodbyes, who the assistant is: answered by the assistant's own words (<see cref="Phrases"/>
/// Welcome, Greeting, Thanks, Goodbye), never by the knowledge. A greeting with a question is no small talk: the
/// question is answered.
/// </summary>
internal sealed class SmallTalkStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.Certain;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        return question.Asked switch
        {
            Asked.Assistant => new("small-talk", AnswerScores.Certain, "speaks to the assistant", () => context.Writer.Welcome(context.Index, context.General)),
            Asked.SmallTalk => new("small-talk", AnswerScores.Certain, "greets, thanks or takes leave", () => context.Writer.SmallTalk(question.Read.Cues, context.Index, context.General)),

            // Help asked for, or not understood, and no topic: any answer the knowledge has comes first. Not a kind of answer
            // asked of the town as a whole ("Hallo! Wie komme ich zum Rathaus?"): that question is answered, if only with
            // the way onward.
            _ when question.Has(Cue.SmallTalk) && question.TopicTerms == 0 && question.Asked is not Asked.OutOfScope && question.Wanted == Cue.None =>
                new("small-talk", AnswerScores.SmallTalk * context.MinCoverage, "small talk without a topic", () => context.Writer.SmallTalk(question.Read.Cues, context.Index, context.General)),
            _ => null,
        };
    }
}
