using System.Globalization;
using System.Text.RegularExpressions;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// A fact from an article: the sentence that covers the question's topic words and holds the kind of answer asked
/// for (a date for "Wann", a place for "Wo", an amount, a count, a length of time, a person or body, a reason),
/// quoted with its source (phrase Source). A sentence without the kind asked for does not answer.
/// </summary>
internal sealed partial class PassageStrategy : IAnswerStrategy
{
    public double Ceiling => 1;

    /// <summary>How many of the best sentences are tried for one that holds the kind of answer asked for.</summary>
    private const int Tried = 4;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (question.TopicTerms == 0 || question.Asked is Asked.OutOfScope or Asked.Nothing)
        {
            return null;
        }

        var wanted = question.Wanted;
        foreach (var candidate in PassageEvidence.Rerank(context, context.Passages).Take(Tried))
        {
            if (candidate.Coverage < context.MinCoverage)
            {
                break;
            }

            var passage = PassageEvidence.HoldingNeighbour(context, candidate);
            if (passage is null || !HoldsContact(passage.Sentence, question.Read.Cues))
            {
                continue;
            }

            if (wanted != Cue.None && !PassageEvidence.AnswerHolds(context, passage, wanted))
            {
                continue;
            }

            return new("passage", passage.Coverage, string.Create(CultureInfo.InvariantCulture, $"sentence {passage.Ordinal} covers {passage.Coverage:0.00}") + (wanted == Cue.None ? string.Empty : " and holds " + question.AnswerType),
                () => Compose(context, passage));
        }

        return null;
    }

    /// <summary>The reply quoting <paramref name="passage"/>; the conversation is about its article from now on.</summary>
    public static Reply Compose(AnswerContext context, PassageHit passage)
    {
        context.Memory.LastArticleId = passage.Article.Id;
        context.Memory.LastServiceId = null;
        return context.Writer.PassageAnswer(passage, context.Index, context.General);
    }

    /// <summary>True unless the question asks for a telephone number or an e-mail address that the sentence lacks.</summary>
    private static bool HoldsContact(string sentence, Cue cues) =>
        ((cues & Cue.Phone) == 0 || PhoneNumber().IsMatch(sentence)) && ((cues & Cue.Email) == 0 || sentence.Contains('@', StringComparison.Ordinal));

    [GeneratedRegex(@"\d[\d /\-–]{4,}\d")]
    private static partial Regex PhoneNumber();
}
