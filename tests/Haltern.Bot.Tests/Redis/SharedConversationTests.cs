using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Redis;

/// <summary>
/// A conversation's memory follows the citizen from one instance to another: two bot processes on one Redis.
/// "mehr dazu" is answered from what the previous answer was about, which only the conversation state knows.
/// </summary>
public sealed class SharedConversationTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string News = "Was gibt es Neues?";
    private const string Office = "Telefonnummer Bürgerbüro";
    private const string More = "mehr dazu";

    [Fact]
    public async Task The_news_asked_on_one_instance_are_told_in_full_on_the_other()
    {
        var onOne = await OnOneInstanceAsync(News);

        var conversation = New();
        await instances.A.SayAsync(conversation, News);
        var alternating = await instances.B.SayAsync(conversation, More);

        Assert.Equal(onOne, alternating);
    }

    [Fact]
    public async Task A_conversation_that_alternates_instances_keeps_its_memory()
    {
        var onOne = await OnOneInstanceAsync(Office);
        var fresh = await instances.B.SayAsync(New(), More);

        var conversation = New();
        await instances.A.SayAsync(conversation, Office);
        var alternating = await instances.B.SayAsync(conversation, More);
        await instances.A.SayAsync(conversation, News);
        var back = await instances.B.SayAsync(conversation, More);

        Assert.NotEqual(fresh, onOne); // "mehr dazu" on the office needs the memory: without it the newest article is told
        Assert.Equal(onOne, alternating);
        Assert.Equal(fresh, back);
    }

    [Fact]
    public async Task An_instance_killed_mid_conversation_loses_nothing_and_the_next_one_goes_on()
    {
        var onOne = await OnOneInstanceAsync(Office);
        var doomed = await TwoInstances.StartInstanceAsync(instances.Redis.Configuration);
        var conversation = New();
        await using (doomed)
        {
            await doomed.SayAsync(conversation, Office);
            doomed.Process.Process.Kill(entireProcessTree: true);
            await doomed.Process.Process.WaitForExitAsync();
        }

        var goesOn = await instances.B.SayAsync(conversation, More);

        Assert.Equal(onOne, goesOn);
    }

    private async Task<string> OnOneInstanceAsync(string first)
    {
        var conversation = New();
        await instances.A.SayAsync(conversation, first);
        return await instances.A.SayAsync(conversation, More);
    }

    private static string New() => "conv-" + Guid.NewGuid().ToString("N");
}
