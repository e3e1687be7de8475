using Haltern.Assistant.Answers;

namespace Haltern.Assistant.Tests.Answers;

/// <summary>The dispatcher apart from understanding: it composes the best candidate, the first of equals, and only that one.</summary>
public sealed class AnswerDispatcherTests
{
    private static Reply Said(string text) => new() { Text = text, Speak = text, Locale = "de-DE" };

    private sealed class Proposing(string name, double? score, List<string> composed, double ceiling = 10) : IAnswerStrategy
    {
        public int Asked { get; private set; }

        public double Ceiling => ceiling;

        public AnswerCandidate? Propose(AnswerContext context)
        {
            Asked++;
            return score is { } s ? new(name, s, name, () => { composed.Add(name); return Said(name); }) : null;
        }
    }

    [Fact]
    public void The_highest_scored_candidate_is_chosen_and_only_it_is_composed()
    {
        var composed = new List<string>();
        var dispatcher = new AnswerDispatcher([new Proposing("low", 0.2, composed), new Proposing("none", null, composed), new Proposing("high", 0.9, composed)]);

        var chosen = dispatcher.Choose(null!);
        var reply = chosen.Compose();

        Assert.Equal("high", reply.Text);
        Assert.Equal(["high"], composed);
    }

    [Fact]
    public void Equal_scores_go_to_the_strategy_listed_first()
    {
        var composed = new List<string>();
        var dispatcher = new AnswerDispatcher([new Proposing("first", 0.5, composed), new Proposing("second", 0.5, composed)]);

        Assert.Equal("first", dispatcher.Choose(null!).Strategy);
        Assert.Equal(["first", "second"], dispatcher.Candidates(null!).Select(c => c.Strategy));
    }

    [Fact]
    public void A_strategy_that_cannot_beat_the_best_candidate_is_not_asked()
    {
        var passages = new Proposing("passage", 0.8, [], ceiling: 1);
        var dispatcher = new AnswerDispatcher([new Proposing("service", 2, []), passages]);

        Assert.Equal("service", dispatcher.Choose(null!).Strategy);
        Assert.Equal(0, passages.Asked);
    }

    [Fact]
    public void Without_any_candidate_the_dispatcher_says_the_fallback_is_missing()
    {
        var dispatcher = new AnswerDispatcher([new Proposing("none", null, [])]);

        Assert.Throws<InvalidOperationException>(() => dispatcher.Choose(null!));
    }
}
