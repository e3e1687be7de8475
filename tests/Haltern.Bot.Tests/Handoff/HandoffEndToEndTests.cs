using System.Text.Json.Nodes;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Tests.Infrastructure;
using Haltern.Bot.Tests.Teams;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>
/// The whole loop over real HTTP: staff choose a channel in Teams, a citizen on the built-in Direct Line agrees to
/// pass a question on, the bot posts it to the loopback Bot Connector, staff answer by card or in the thread, the
/// answer reaches the citizen in the chat or by e-mail through a real SMTP server, and an answer saved as knowledge
/// answers the next citizen.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class HandoffEndToEndTests
{
    // Nothing in the shipped knowledge says how a residents' parking permit is applied for.
    private const string Question = "Wie beantrage ich einen Anwohnerparkausweis?";
    private const string Answer = "Den Anwohnerparkausweis beantragen Sie im Straßenverkehrsamt mit Fahrzeugschein und Meldebescheinigung; er kostet 30,70 Euro im Jahr.";

    private static readonly StaffPhrases German = StaffPhrases.German;


    [Fact]
    public async Task A_question_goes_to_staff_with_consent_the_card_answer_reaches_the_chat_and_saved_as_knowledge_answers_the_next_citizen()
    {
        await using var host = await HandoffHost.StartAsync();

        // A staff member makes the channel the place for requests.
        var set = Assert.Single(await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true)));
        Assert.Contains("Bürgeranfragen kommen ab jetzt in diesen Kanal", set.Text, StringComparison.Ordinal);

        // The citizen asks what the knowledge does not hold: one offer, to pass it to the Rathaus.
        var citizen = await host.CitizenAsync();
        var offer = await citizen.SayAsync(Question);
        Assert.Contains(German.HandoffAccept, HandoffHost.Suggestions(offer));
        Assert.DoesNotContain(German.QuestionLogAccept, HandoffHost.Suggestions(offer));
        Assert.Contains("bis zum nächsten Werktag", HandoffHost.Texts(offer), StringComparison.Ordinal);
        Assert.Empty(host.StaffChannelPosts()); // nothing sent before "Ja"

        var accepted = await citizen.SayAsync(German.HandoffAccept);
        Assert.Contains("Anfrage 1", HandoffHost.Texts(accepted), StringComparison.Ordinal);

        // Staff see one message: case number, the question, the channel, and a card to answer.
        var (messageId, post) = Assert.Single(host.StaffChannelPosts());
        var postText = (string)post["text"]!;
        Assert.Contains("**Anfrage 1**", postText, StringComparison.Ordinal);
        Assert.Contains("Anwohnerparkausweis", postText, StringComparison.Ordinal);
        Assert.Contains(German.ChannelName("directline"), postText, StringComparison.Ordinal);
        var card = (JObject)post["attachments"]![0]!["content"]!;
        Assert.Equal(["Antworten", "Übernehmen"], card["actions"]!.Select(a => (string)a["title"]!));

        // "Übernehmen", then "Antworten" with the text in the card's field.
        var taken = Assert.Single(await host.SubmitAsync(messageId, new JsonObject { ["halternAction"] = "take", ["request"] = 1 }));
        Assert.Contains($"Anfrage 1 übernimmt {HandoffHost.StaffName}", taken.Text, StringComparison.Ordinal);
        var answered = Assert.Single(await host.SubmitAsync(messageId, new JsonObject { ["halternAction"] = "answer", ["request"] = 1, ["answer"] = Answer }));
        Assert.Contains($"Anfrage 1 beantwortet von {HandoffHost.StaffName}, zugestellt", answered.Text, StringComparison.Ordinal);

        // The answer is in the citizen's chat at the next poll.
        var delivered = await citizen.ReadAsync();
        Assert.Contains("Antwort der Stadtverwaltung (Anfrage 1): " + Answer, HandoffHost.Texts(delivered), StringComparison.Ordinal);

        // A second answer to the same request is refused politely, and nothing more reaches the citizen.
        var again = Assert.Single(await host.SubmitAsync(messageId, new JsonObject { ["halternAction"] = "answer", ["request"] = 1, ["answer"] = "Noch einmal" }));
        Assert.Contains("Anfrage 1 gibt es nicht oder nicht mehr", again.Text, StringComparison.Ordinal);
        Assert.Empty(await citizen.ReadAsync());

        // "Als Wissen speichern": the card under the answer carries question and answer; the title can be edited.
        var saveCard = (JObject)JObject.FromObject(answered.Attachments.Single().Content);
        var save = (JObject)saveCard["actions"]![0]!["data"]!;
        Assert.Equal("Als Wissen speichern", (string)saveCard["actions"]![0]!["title"]!);
        var saved = Assert.Single(await host.SubmitAsync(messageId, new JsonObject
        {
            ["halternAction"] = "save",
            ["request"] = 1,
            ["question"] = (string)save["question"]!,
            ["answer"] = (string)save["answer"]!,
            ["title"] = "Anwohnerparkausweis beantragen",
        }));
        Assert.Contains("services/anfrage-anwohnerparkausweis-beantragen.md", saved.Text, StringComparison.Ordinal);
        var file = File.ReadAllText(Path.Combine(host.Knowledge.Path, "services", "anfrage-anwohnerparkausweis-beantragen.md"));
        Assert.DoesNotContain(HandoffHost.StaffName, file, StringComparison.Ordinal);
        Assert.DoesNotContain("Erika", file, StringComparison.Ordinal);

        // Live reload serves the new file: the next citizen gets the answer from the bot itself.
        var next = await host.CitizenAsync();
        string? reply = null;
        var served = await RealServer.WithinAsync(TimeSpan.FromSeconds(20), async () =>
        {
            reply = HandoffHost.Texts(await next.SayAsync(Question));
            return reply.Contains("30,70 Euro", StringComparison.Ordinal);
        });
        Assert.True(served is not null, "the saved answer was never served: " + reply);
        Assert.Single(host.StaffChannelPosts()); // and nothing went to staff

        // No log line holds the question, the answer or the staff member's name.
        var logs = string.Join("\n", host.Host.Logs.Entries.Select(e => e.Text));
        foreach (var secret in new[] { "Anwohnerparkausweis", "anwohnerparkausweis", "30,70", "Erika" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_thread_reply_answers_a_request_whose_chat_has_closed_by_e_mail_through_a_real_smtp_server()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await HandoffHost.StartAsync(withMail: true, time: time);
        await host.StaffAsync(TeamsActivities.ChannelMessage("Bürgeranfragen hier", mention: true));

        var citizen = await host.CitizenAsync();
        var offer = await citizen.SayAsync("Wie beantrage ich einen Anwohnerparkausweis für Max Mustermann, Tel. 0171 1234567?");
        Assert.Contains(German.HandoffOfferEmail, HandoffHost.Texts(offer), StringComparison.Ordinal);
        var accepted = HandoffHost.Texts(await citizen.SayAsync("ja"));
        Assert.Contains(German.HandoffAcceptedEmail, accepted, StringComparison.Ordinal);
        var email = HandoffHost.Texts(await citizen.SayAsync("buerger@example.org"));
        Assert.Contains("an diese E-Mail-Adresse", email, StringComparison.Ordinal);

        // Staff see the question masked and escaped.
        var (messageId, post) = Assert.Single(host.StaffChannelPosts());
        var postText = (string)post["text"]!;
        Assert.DoesNotContain("1234567", postText, StringComparison.Ordinal);
        Assert.DoesNotContain("buerger@example.org", postText, StringComparison.Ordinal);
        Assert.Contains(@"\[Telefon\]", postText, StringComparison.Ordinal);

        // The citizen's chat window closes (no call for longer than the idle timeout).
        time.Advance(TimeSpan.FromMinutes(31));

        var answered = Assert.Single(await host.ThreadReplyAsync(messageId, Answer));
        Assert.Contains("per E-Mail zugestellt", answered.Text, StringComparison.Ordinal);

        var mail = Assert.Single(await host.Mail!.MessagesAsync());
        Assert.Equal("buerger@example.org", (string?)mail!["to"]![0]!["address"]);
        Assert.Contains("Anfrage 1", (string?)mail["subject"], StringComparison.Ordinal);
        Assert.Contains(Answer, (string?)mail["text"], StringComparison.Ordinal);

        // Nothing of the citizen is left in the log lines, and a reply in the answered thread is told so.
        var late = Assert.Single(await host.ThreadReplyAsync(messageId, "Nachtrag"));
        Assert.Contains("Anfrage 1 gibt es nicht oder nicht mehr", late.Text, StringComparison.Ordinal);
        var logs = string.Join("\n", host.Host.Logs.Entries.Select(e => e.Text));
        foreach (var secret in new[] { "buerger@example.org", "Anwohnerparkausweis", "Mustermann", "1234567", "30,70" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_read_a_request_in_the_language_they_chose_the_channel_in_and_the_citizen_reads_the_answer_in_theirs()
    {
        await using var host = await HandoffHost.StartAsync();
        await host.StaffAsync(TeamsActivities.ChannelMessage("citizen requests here", mention: true));
        var citizen = await host.CitizenAsync();
        await citizen.SayAsync(Question);
        await citizen.SayAsync("ja");

        var (messageId, post) = Assert.Single(host.StaffChannelPosts());
        Assert.Contains("**Request 1**", (string)post["text"]!, StringComparison.Ordinal);
        Assert.Equal([StaffPhrases.English.CardAnswer, StaffPhrases.English.CardTake], post["attachments"]![0]!["content"]!["actions"]!.Select(a => (string)a["title"]!));

        await host.ThreadReplyAsync(messageId, Answer);
        Assert.Contains("Antwort der Stadtverwaltung (Anfrage 1)", HandoffHost.Texts(await citizen.ReadAsync()), StringComparison.Ordinal);
    }
}
