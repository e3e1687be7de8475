using Haltern.Bot.Tests.Infrastructure;
using Haltern.Bot.Staff;
using Microsoft.Extensions.DependencyInjection;
using Haltern.Bot.Tests.Teams;

namespace Haltern.Bot.Tests.Staff;

/// <summary>The staff commands through the real host and adapter, inside and outside the city's tenant.</summary>
public sealed class StaffCommandsInTeamsTests : IDisposable
{
    private readonly EchoAssistant _assistant = new();
    private readonly BotApplicationFactory _factory;
    private readonly HttpClient _client;

    public StaffCommandsInTeamsTests()
    {
        _factory = TeamsHost.Create(_assistant);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private const string Accept = "Frage anonym weitergeben";

    [Fact]
    public async Task Open_questions_lists_the_unanswered_questions_passed_on_grouped_and_masked()
    {
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Sperrmüll anmelden unbekannt, Rückruf an 0171 1234567"));
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal(Accept));
        var inChannel = TeamsActivities.ChannelMessage("Wo kann ich Sperrmüll anmelden? unbekannt", mention: true);
        var acceptInThread = TeamsActivities.ChannelMessage(Accept, mention: true);
        acceptInThread.Conversation.Id = inChannel.Conversation.Id; // the card's button answers in the thread of the question
        await TeamsActivities.PostAsync(_client, inChannel);
        await TeamsActivities.PostAsync(_client, acceptInThread);
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Wie geht Sperrmüll anmelden, unbekannt? Mail: a.b@example.org"));
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("ja"));
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Sperrmüll anmelden unbekannt, nicht weitergeben"));
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Wann hat das Bürgerbüro offen?")); // answered; the offer before lapses
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("ja"));

        var reply = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("offene Fragen")));

        Assert.Contains("3×", reply.Text, StringComparison.Ordinal);
        Assert.Contains(@"\[E\-Mail\]", reply.Text, StringComparison.Ordinal); // the mask, escaped like all citizen text
        Assert.DoesNotContain("Bürgerbüro", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a.b@example.org", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nicht weitergeben", reply.Text, StringComparison.Ordinal);
        Assert.Equal(6, _assistant.Questions.Count); // neither the consents nor the staff command reached the assistant
    }

    [Fact]
    public async Task A_link_and_html_planted_by_a_citizen_reach_staff_in_teams_as_plain_text()
    {
        await TeamsActivities.PostAsync(_client, TeamsActivities.WebChat("unbekannt [Bitte hier neu anmelden](https://evil.example) <b onclick=x>jetzt</b>"));
        var webChatAccept = TeamsActivities.WebChat(Accept);
        await TeamsActivities.PostAsync(_client, webChatAccept);

        var reply = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("offene Fragen")));

        Assert.Contains("Bitte hier neu anmelden", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_question_log_holds_no_ids_names_or_personal_data()
    {
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("unbekannt: Meine Kundennummer 98765432, Tel. 02364 933-180, max@example.org"));
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal(Accept));
        await TeamsActivities.PostAsync(_client, TeamsActivities.ChannelMessage("Wann hat das Bürgerbüro offen?", mention: true));

        await ((JsonLinesQuestionLog)_factory.Services.GetRequiredService<IQuestionLog>()).FlushAsync(CancellationToken.None); // written in batches
        var stored = string.Concat(Directory.GetFiles(_factory.StaffDataPath, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains("[Nummer]", stored, StringComparison.Ordinal);
        Assert.Contains("[Telefon]", stored, StringComparison.Ordinal);
        Assert.Contains("[E-Mail]", stored, StringComparison.Ordinal);
        foreach (var secret in new[]
        {
            "98765432", "933-180", "max@example.org", TeamsActivities.UserId, "aad-object-id", "Erika",
            TeamsActivities.PersonalConversation, TeamsActivities.Channel, TeamsHost.StaffTenant, "Bürgerbüro",
        })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Statistics_and_knowledge_status_answer_in_a_staff_channel()
    {
        await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("Wann hat das Bürgerbüro offen?"));

        var statistics = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.ChannelMessage("Statistik", mention: true)));
        var knowledge = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.ChannelMessage("Wissensstand", mention: true)));

        Assert.Contains("**Letzte 7 Tage:** 1 Frage, 100 % beantwortet (Ämter & Dienste 1)", statistics.Text, StringComparison.Ordinal);
        var articles = Directory.GetFiles(Path.Combine(TeamsTools.RepositoryRoot, "knowledge", "news"), "*.md").Length;
        Assert.Contains($"{articles} Artikel", knowledge.Text, StringComparison.Ordinal);
        Assert.Contains("Neuester Artikel:", knowledge.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_commands_are_refused_in_another_tenant()
    {
        var reply = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.Personal("offene Fragen", tenant: "99999999-0000-0000-0000-000000000000")));

        Assert.Contains("nur für die Mitarbeitenden", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_commands_are_refused_on_other_channels()
    {
        var reply = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.WebChat("Statistik")));

        Assert.Contains("nur für die Mitarbeitenden", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_staff_command_is_refused_in_english()
    {
        var reply = Assert.Single(await TeamsActivities.PostAsync(_client, TeamsActivities.WebChat("open questions")));

        Assert.Contains("only available", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_commands_need_an_authenticated_channel_unless_allowed_for_tests()
    {
        using var strict = TeamsHost.Create(new EchoAssistant(), allowStaffWithoutAuthentication: false);
        using var client = strict.CreateClient();

        var reply = Assert.Single(await TeamsActivities.PostAsync(client, TeamsActivities.Personal("Wissensstand")));

        Assert.Contains("nur für die Mitarbeitenden", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Old_day_files_are_deleted_when_the_bot_starts()
    {
        using var factory = TeamsHost.Create(new EchoAssistant());
        Directory.CreateDirectory(factory.StaffDataPath);
        var old = Path.Combine(factory.StaffDataPath, "questions-2020-01-01.jsonl");
        await File.WriteAllTextAsync(old, "{\"time\":\"2020-01-01T10:00:00+00:00\",\"topic\":\"Unknown\",\"answered\":false,\"text\":\"alt\"}\n");

        using var client = factory.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (File.Exists(old) && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        Assert.False(File.Exists(old));
    }
}
