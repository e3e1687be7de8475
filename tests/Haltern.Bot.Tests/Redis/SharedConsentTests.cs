using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Tests.Infrastructure;
using StackExchange.Redis;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// The question waiting for the citizen's consent is in the shared Redis: the "Ja" may reach another instance than
/// the one that offered to pass the question on, and the question is passed on all the same, once.
/// </summary>
public sealed class SharedConsentTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Unanswerable = "Darf mein Zebra im Seebad schwimmen?";

    [Fact]
    public async Task A_question_offered_on_one_instance_is_passed_on_when_the_consent_reaches_the_other()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        var offer = await instances.A.SayAsync(conversation, Unanswerable);
        var beforeConsent = await LoggedQuestionsAsync();
        var thanks = await instances.B.SayAsync(conversation, StaffPhrases.German.QuestionLogAccept);
        var afterConsent = await LoggedQuestionsAsync();
        var again = await instances.A.SayAsync(conversation, StaffPhrases.German.QuestionLogAccept);

        Assert.Contains(StaffPhrases.German.QuestionLogAccept, offer, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebra", beforeConsent, StringComparison.Ordinal);
        Assert.Contains("gespeichert", thanks, StringComparison.Ordinal);
        Assert.Single(afterConsent.Split('\n'), line => line.Contains("Zebra", StringComparison.Ordinal));
        Assert.DoesNotContain("gespeichert", again, StringComparison.Ordinal); // taken when read: nothing left to pass on
    }

    // Every question event the instances logged in Redis, one a line.
    private async Task<string> LoggedQuestionsAsync()
    {
        await using var client = await instances.Redis.ConnectAsync();
        var server = client.GetServers()[0];
        var database = client.GetDatabase();
        var lines = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "haltern:questions:*"))
        {
            lines.AddRange((await database.SortedSetRangeByRankAsync(key)).Select(member => member.ToString()));
        }

        return string.Join("\n", lines);
    }
}
