using Haltern.Assistant.Answers.Strategies;

namespace Haltern.Assistant.Answers;

/// <summary>
/// Asks the strategies for candidates and chooses the best; ties go to the strategy listed first. A strategy that
/// cannot beat the best candidate so far is not asked, so a question a service answers makes no sentence search.
/// </summary>
internal sealed class AnswerDispatcher
{
    private readonly IReadOnlyList<IAnswerStrategy> _strategies;

    public AnswerDispatcher(IReadOnlyList<IAnswerStrategy> strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        _strategies = strategies;
    }

    /// <summary>The strategies of the assistant, in the order that breaks ties.</summary>
    public static AnswerDispatcher Default { get; } = new(
    [
        new SmallTalkStrategy(),
        new FollowUpStrategy(),
        new OverviewStrategy(),
        new NewsStrategy(),
        new HoursStrategy(),
        new ServiceDetailStrategy(),
        new PassageStrategy(),
        new FallbackStrategy(),
    ]);

    /// <summary>The candidates for the question, best first (for tests and diagnostics).</summary>
    public IReadOnlyList<AnswerCandidate> Candidates(AnswerContext context) =>
        _strategies.Select(s => s.Propose(context)).OfType<AnswerCandidate>()
            .Select((c, i) => (c, i)).OrderByDescending(x => x.c.Score).ThenBy(x => x.i).Select(x => x.c).ToArray();

    /// <summary>The chosen candidate; the fallback strategy always proposes one.</summary>
    public AnswerCandidate Choose(AnswerContext context)
    {
        AnswerCandidate? best = null;
        foreach (var strategy in _strategies)
        {
            if (best is not null && best.Score >= strategy.Ceiling)
            {
                continue;
            }

            if (strategy.Propose(context) is { } candidate && (best is null || candidate.Score > best.Score))
            {
                best = candidate;
            }
        }

        return best ?? throw new InvalidOperationException("No strategy proposed an answer; the fallback strategy must be listed.");
    }
}
