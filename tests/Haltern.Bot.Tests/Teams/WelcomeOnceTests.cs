using Haltern.Bot.Teams;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Teams;

public sealed class WelcomeOnceTests
{
    [Fact]
    public void Second_claim_within_the_window_is_refused_and_a_later_reinstallation_is_welcomed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var welcomeOnce = new WelcomeOnce(time);

        Assert.True(welcomeOnce.TryClaim("msteams|a:1"));
        Assert.False(welcomeOnce.TryClaim("msteams|a:1"));
        Assert.True(welcomeOnce.TryClaim("msteams|a:2"));

        time.Advance(WelcomeOnce.Window + TimeSpan.FromSeconds(1));
        Assert.True(welcomeOnce.TryClaim("msteams|a:1"));
    }

    [Fact]
    public void Parallel_claims_have_exactly_one_winner()
    {
        var welcomeOnce = new WelcomeOnce(TimeProvider.System);

        var winners = Enumerable.Range(0, 64).AsParallel().Count(_ => welcomeOnce.TryClaim("msteams|same"));

        Assert.Equal(1, winners);
    }
}
