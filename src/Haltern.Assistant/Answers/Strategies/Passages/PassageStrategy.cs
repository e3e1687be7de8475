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
        if (Best(context, wanted) is not { } passage)
        {
            return null;
        }

        return new("passage", passage.Coverage, string.Create(CultureInfo.InvariantCulture, $"sentence {passage.Ordinal} covers {passage.Coverage:0.00}") + (wanted == Cue.None ? string.Empty : " and holds " + question.AnswerType),
            () => Compose(context, passage));
    }

    /// <summary>
    /// The sentence that answers: the best covering one that holds the kind asked for; where none of them does, the
    /// sentence of the article that covers the question as a whole (<see cref="SentenceWithinArticle"/>).
    /// </summary>
    private static PassageHit? Best(AnswerContext context, Cue wanted)
    {
        var covering = Covering(context, wanted);
        if ((context.Question.Read.Cues & (Cue.Phone | Cue.Email)) != 0)
        {
            return covering;
        }

        // Any sentence on the topic answers: between sentences of the article that cover the question as well, the one
        // that shares most of what it asks beyond the article's subject ("Ermäßigung", not the "Schuljahr" of a
        // fees article's opening). Where no sentence covers the question alone, the article that covers it as a whole
        // answers with its sentence that holds the rest ("Gibt es eine Umleitung?" of a road closure: the subject in
        // the lead, the detour further on); none where no sentence holds anything beyond the subject.
        if (wanted == Cue.None)
        {
            if (covering is null)
            {
                return SentenceWithinArticle.Best(context, context.Passages, wanted);
            }

            if (SentenceWithinArticle.Sharper(context, covering, wanted) is not { } sharper || sharper.Ordinal == covering.Ordinal)
            {
                return covering;
            }

            // The sharper one answers where it covers as much, or where the covering one says only the subject again
            // ("Die Uferstraße ist … gesperrt" for "Gibt es während der Sperrung der Uferstraße eine Umleitung?").
            return Covers(context, sharper) >= Covers(context, covering) || SentenceWithinArticle.Share(context, covering) == 0 ? sharper : covering;
        }

        if (covering is null)
        {
            return SentenceWithinArticle.Best(context, context.Passages, wanted);
        }

        // An amount or a count in an article about something else (a budget listing the thing among others) is not
        // the thing's own, where an article whose subject the thing is holds one.
        if ((wanted & Cue.Numbers) != 0 && SentenceWithinArticle.OfSubject(context, context.Passages, covering, wanted) is { } own)
        {
            return own;
        }

        // The best covering sentence often covers only the article's subject, which its lead names: a date, a person, a
        // place, an amount or a way to apply it holds may be another thing's, and the article's sentence that shares
        // more of what the question asks beyond the subject answers instead ("Wo kann ich beim Fest parken?" is
        // answered where the article names the car park, not where it names the fest and its square). Where money comes
        // from, the sentence that names the source ranks first ("aus dem Klimaschutzfonds", not the grant the lead gives).
        // Not for a reason alone: the sentence that says one ranks first there, and one about another matter would win.
        return (wanted & (Cue.When | Cue.Person | Cue.Funding)) != 0 || (wanted & Cue.Reason) == 0 ? SentenceWithinArticle.Sharper(context, covering, wanted) : covering;
    }

    /// <summary>How much of the question a sentence itself covers.</summary>
    private static double Covers(AnswerContext context, PassageHit passage) =>
        context.Coverage("p:" + passage.Article.Id + "#" + passage.Ordinal, passage.Sentence, passage.Article);

    private static PassageHit? Covering(AnswerContext context, Cue wanted)
    {
        var question = context.Question;
        foreach (var candidate in PassageEvidence.Rerank(context, context.Passages).Take(Tried))
        {
            if (candidate.Coverage < context.MinCoverage)
            {
                break;
            }

            if (context.LacksAThingNamed(candidate.Article))
            {
                continue;
            }

            var passage = PassageEvidence.HoldingNeighbour(context, candidate);
            if (passage is null || !HoldsContact(passage.Sentence, question.Read.Cues))
            {
                continue;
            }

            // A neighbour the answer moved to was weighed there (see PassageEvidence.HoldingNeighbour).
            if (wanted != Cue.None && passage.Ordinal == candidate.Ordinal && !PassageEvidence.AnswerHolds(context, passage, wanted))
            {
                continue;
            }

            return passage;
        }

        return null;
    }

    /// <summary>The reply quoting <paramref name="passage"/>; the conversation is about its article from now on.</summary>
    public static Reply Compose(AnswerContext context, PassageHit passage)
    {
        context.Memory.LastArticleId = passage.Article.Id;
        context.Memory.LastPassage = passage.Article.Id + "#" + passage.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Memory.LastServiceId = null;
        return context.Writer.PassageAnswer(passage, context.Index, context.General);
    }

    /// <summary>True unless the question asks for a telephone number or an e-mail address that the sentence lacks.</summary>
    private static bool HoldsContact(string sentence, Cue cues) =>
        ((cues & Cue.Phone) == 0 || PhoneNumber().IsMatch(sentence)) && ((cues & Cue.Email) == 0 || sentence.Contains('@', StringComparison.Ordinal));

    /// <summary>
    /// True when the sentence writes a telephone number with its area code ("05258 940-360"): six digits or more from a
    /// "0" on, not a span of years ("2026 – 2028") nor of hours ("8 - 12").
    /// </summary>
    internal static bool HoldsPhoneNumber(string sentence) =>
        PhoneNumber().Matches(sentence).Any(m => m.Value[0] == '0' && m.Value.Count(char.IsDigit) >= 6);

    [GeneratedRegex(@"\d[\d /\-–]{4,}\d")]
    private static partial Regex PhoneNumber();
}
