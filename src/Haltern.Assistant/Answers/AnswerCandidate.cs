namespace Haltern.Assistant.Answers;

/// <summary>
/// An answer a strategy proposes: how well it fits the question, the evidence it rests on (for logs and tests, never
/// the question's text), and how to make the reply, which also updates the conversation's memory.
/// </summary>
/// <param name="Strategy">The strategy that proposed it ("news", "passage", …).</param>
/// <param name="Score">How well it answers (see <see cref="AnswerScores"/>): the highest wins.</param>
/// <param name="Evidence">Why: the knowledge item and what it holds, in a few words.</param>
/// <param name="Compose">Makes the reply; runs only for the chosen candidate.</param>
internal sealed record AnswerCandidate(string Strategy, double Score, string Evidence, Func<Reply> Compose);

/// <summary>A kind of answer: proposes a candidate for the question, or none.</summary>
internal interface IAnswerStrategy
{
    /// <summary>The highest score this strategy ever proposes: where a candidate has it already, the strategy is not asked (its searches are not made).</summary>
    double Ceiling { get; }

    AnswerCandidate? Propose(AnswerContext context);
}

/// <summary>
/// The scale candidates are scored on. Answers rated by coverage (a service, a sentence) score their coverage, from
/// <see cref="AssistantOptions.MinCoverage"/> to 1; what the question's words decide alone scores above that, and
/// the ways out (a list of articles, the general contact, an honest "I don't know") below it.
/// </summary>
internal static class AnswerScores
{
    /// <summary>Decided by the words alone: nothing readable, the assistant itself, small talk, out of scope.</summary>
    public const double Certain = 4;

    /// <summary>A follow-up resolved against the last article or service.</summary>
    public const double FollowUp = 3;

    /// <summary>The kind the question asks for, found: the news, a detail of a service named.</summary>
    public const double AskedKind = 2;

    /// <summary>Shares of the minimal coverage for the answers below it, best first.</summary>
    public const double NewsFallback = 0.9, TopicalArticles = 0.85, GeneralContact = 0.6, AskWhichService = 0.4, SmallTalk = 0.3, NotKnown = 0.1;
}
