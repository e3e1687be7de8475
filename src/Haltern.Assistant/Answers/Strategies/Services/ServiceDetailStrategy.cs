using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// A detail of a service: its telephone number, e-mail, address, the person to ask, or all of them with its text
/// (<see cref="AnswerWriter.ServiceAnswer"/>; phrases Phone, Email, Address, Missing). What the file lacks is said
/// so, with the general contact as the way onward.
/// </summary>
internal sealed class ServiceDetailStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.FollowUp;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (question.Asked is Asked.News or Asked.OutOfScope or Asked.More || ServiceFocus.HoursAsked(question))
        {
            return null;
        }

        if (ServiceFocus.Find(context) is { } focus)
        {
            return new("service", focus.Score, focus.Evidence, () => ServiceFocus.Compose(context, focus.Service, day: null));
        }

        // The town hall or the administration as a whole: its general contact answers for it.
        if (question.TopicTerms == 0 && question.Has(Cue.Town) && question.Has(Cue.Address | Cue.Email | Cue.Person) && context.General is { } general)
        {
            return new("service", AnswerScores.GeneralContact * context.MinCoverage, "the town's general contact", () => ServiceFocus.Compose(context, general, day: null));
        }

        return null;
    }
}
