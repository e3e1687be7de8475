using System.Text.Json.Nodes;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.Tests.Infrastructure;
using Haltern.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>What the handoff does not do: send without consent, take staff commands from citizens, answer what is not open.</summary>
[Collection(RealServerCollection.Name)]
public sealed class HandoffRefusalTests
{
    private const string Question = "Wie beantrage ich einen Anwohnerparkausweis?";
    private static readonly StaffPhrases German = StaffPhrases.German;


    /// <summary>The phone extension a knowledge file gives, so the test names no number itself.</summary>
    private static string KnowledgePhone(string file)
    {
        var line = File.ReadLines(Path.Combine(Infrastructure.RepositoryPaths.Knowledge, "services", file)).First(l => l.StartsWith("phone:", StringComparison.Ordinal));
        return line["phone:".Length..].Trim().Split(' ').Last();
    }

    [Fact]
    public async Task Without_yes_nothing_is_sent_or_kept_and_a_late_button_finds_nothing()
    {
        await using var host = await HandoffHost.StartAsync();
        await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true));
        var citizen = await host.CitizenAsync();

        Assert.Contains(German.HandoffAccept, HandoffHost.Suggestions(await citizen.SayAsync(Question)));
        await citizen.SayAsync("nein danke");
        var late = HandoffHost.Texts(await citizen.SayAsync(German.HandoffAccept));

        Assert.Contains("Ihre Frage habe ich nicht mehr", late, StringComparison.Ordinal);
        Assert.Empty(host.StaffChannelPosts());
        var store = host.Host.Services.GetRequiredService<HandoffStore>();
        Assert.Null(await store.FindAsync(1, CancellationToken.None));
        Assert.Null(await store.FindByChatAsync("directline", citizen.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_citizen_cannot_set_the_staff_channel_nor_answer_a_request_and_without_a_channel_the_offer_stays_as_it_was()
    {
        await using var host = await HandoffHost.StartAsync();
        var citizen = await host.CitizenAsync();

        Assert.Contains(German.StaffOnly, HandoffHost.Texts(await citizen.SayAsync("Bürgeranfragen hier")), StringComparison.Ordinal);
        var outsider = TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true, tenant: "99999999-0000-0000-0000-000000000000");
        Assert.Contains(German.StaffOnly, Assert.Single(await host.StaffAsync(outsider)).Text, StringComparison.Ordinal);

        // No staff channel: the one offer is the question log, as before.
        var offer = HandoffHost.Suggestions(await citizen.SayAsync(Question)).ToList();
        Assert.Contains(German.QuestionLogAccept, offer);
        Assert.DoesNotContain(German.HandoffAccept, offer);

        // With a channel and an open request, a citizen's card-shaped message answers nothing.
        await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true));
        await citizen.SayAsync(Question);
        await citizen.SayAsync(German.HandoffAccept);
        var other = await host.CitizenAsync();
        await other.SayAsync("Antwort");
        var store = host.Host.Services.GetRequiredService<HandoffStore>();
        Assert.NotNull(await store.FindAsync(1, CancellationToken.None));
        var forged = TeamsActivities.WebChat(string.Empty);
        forged.Value = Newtonsoft.Json.Linq.JObject.Parse("""{"halternAction":"answer","request":1,"answer":"gefälscht"}""");
        forged.ServiceUrl = host.Connector.ServiceUrl;
        await TeamsActivities.PostAsync(host.Http, forged);

        Assert.NotNull(await store.FindAsync(1, CancellationToken.None)); // still open
        Assert.DoesNotContain("gefälscht", HandoffHost.Texts(await citizen.ReadAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_answering_an_unknown_request_are_told_politely_and_switching_the_channel_off_stops_the_offer()
    {
        await using var host = await HandoffHost.StartAsync();
        await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true));

        var unknown = Assert.Single(await host.SubmitAsync("1700000999", new JsonObject { ["halternAction"] = "answer", ["request"] = 42, ["answer"] = "Hallo" }));
        Assert.Contains("Anfrage 42 gibt es nicht oder nicht mehr", unknown.Text, StringComparison.Ordinal);
        var empty = Assert.Single(await host.SubmitAsync("1700000999", new JsonObject { ["halternAction"] = "answer", ["request"] = 42 }));
        Assert.Equal(German.EmptyAnswer, empty.Text);

        var off = Assert.Single(await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen aus", mention: true)));
        Assert.Contains("kommen nicht mehr hierher", off.Text, StringComparison.Ordinal);
        var citizen = await host.CitizenAsync();
        var offer = HandoffHost.Suggestions(await citizen.SayAsync(Question)).ToList();
        Assert.DoesNotContain(German.HandoffAccept, offer);
        Assert.Contains(German.QuestionLogAccept, offer);
        Assert.Empty(host.StaffChannelPosts());
    }

    [Fact]
    public async Task A_citizen_who_asks_for_a_person_is_offered_the_handoff_only_while_a_staff_channel_is_set()
    {
        await using var host = await HandoffHost.StartAsync();
        var citizen = await host.CitizenAsync();
        Assert.DoesNotContain(German.HandoffAccept, HandoffHost.Suggestions(await citizen.SayAsync("Ich möchte mit einem Mitarbeiter sprechen")));

        await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true));
        var offered = await citizen.SayAsync("Ich möchte mit einem Mitarbeiter sprechen");
        Assert.Equal(German.HandoffAccept, HandoffHost.Suggestions(offered).First());

        // Asked together with a question the knowledge answers: the answer, and the offer beside it.
        var answered = await citizen.SayAsync("Ich möchte mit einem Mitarbeiter vom Bürgerbüro sprechen, wie ist die Telefonnummer?");
        Assert.Equal(German.HandoffAccept, HandoffHost.Suggestions(answered).First());
        Assert.Contains(KnowledgePhone("buergerbuero.md"), HandoffHost.Texts(answered), StringComparison.Ordinal);
    }
}
