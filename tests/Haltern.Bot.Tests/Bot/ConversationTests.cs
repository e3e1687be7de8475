using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Haltern.Bot.Tests.Bot;

/// <summary>Conversations with the real bot and assistant from the host's container, through the SDK's TestAdapter.</summary>
public sealed class ConversationTests : IClassFixture<ConversationTests.Host>
{
    private readonly Host _host;

    public ConversationTests(Host host) => _host = host;

    private TestFlow Flow(out TestAdapter adapter)
    {
        adapter = new TestAdapter(TestAdapter.CreateConversation("conv-" + Guid.NewGuid().ToString("N")));
        adapter.Locale = "de-DE";
        var bot = _host.Factory.Services.GetRequiredService<IBot>();
        return new TestFlow(adapter, bot.OnTurnAsync);
    }

    private static Activity MembersAdded(TestAdapter adapter, params ChannelAccount[] members)
    {
        var update = adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = members;
        return update;
    }

    [Fact]
    public async Task Conversation_start_bot_then_user_welcomes_once()
    {
        var flow = Flow(out var adapter);
        var bot = adapter.Conversation.Bot;
        var user = adapter.Conversation.User;

        await flow
            .Send(MembersAdded(adapter, bot))
            .Send(MembersAdded(adapter, user))
            .AssertReply(a => Assert.Contains("Neuigkeiten", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .Send(MembersAdded(adapter, user))
            .Send("Vielen Dank")
            .AssertReply(a => Assert.StartsWith("Gern", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Contact_fields_the_knowledge_lacks_are_named_in_one_sentence_and_what_it_has_is_given()
    {
        await Flow(out _)
            .Send("Wie erreiche ich das Bürgerbüro?")
            .AssertReply(a =>
            {
                var text = ((IMessageActivity)a).Text;
                Assert.Contains("933-180", text, StringComparison.Ordinal);
                Assert.Contains("Dafür habe ich leider keine E-Mail-Adresse und keine Adresse.", text, StringComparison.Ordinal);
                Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "leider"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Follow_up_pronoun_after_service_question_answers_about_the_same_service()
    {
        await Flow(out _)
            .Send("Wie heißt der Bürgermeister?")
            .AssertReply(a => Assert.Contains("Andreas Stegemann", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .Send("Und wann hat er Sprechstunde?")
            .AssertReply(a =>
            {
                var text = ((IMessageActivity)a).Text;
                Assert.Contains("Sprechstunde", text, StringComparison.Ordinal);
                Assert.Contains("933-180", text, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"\d{1,2}[:.]\d{2}\s*Uhr", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Follow_up_more_after_news_list_shows_the_whole_article()
    {
        await Flow(out _)
            .Send("Was gibt es Neues?")
            .AssertReply(a =>
            {
                Assert.Equal(InputHints.ExpectingInput, ((IMessageActivity)a).InputHint);
                Assert.Contains("Schulen erhalten digitale Ausstattung", ((IMessageActivity)a).Text, StringComparison.Ordinal);
            })
            .Send("Erzähl mir mehr")
            .AssertReply(a => Assert.Contains("iSerf", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_asks_what_the_bot_can_do_offers_the_topics_as_suggested_actions()
    {
        await Flow(out _)
            .Send("Was kannst du?")
            .AssertReply(a =>
            {
                var message = (IMessageActivity)a;
                Assert.Contains("Neuigkeiten", message.Text, StringComparison.Ordinal);
                Assert.Contains(message.SuggestedActions.Actions, action => action.Title.Contains("Bürgerbüro", StringComparison.Ordinal));
                Assert.StartsWith("<speak", message.Speak, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_goodbye_is_answered_with_a_goodbye()
    {
        await Flow(out _)
            .Send("Tschüss")
            .AssertReply(a => Assert.Contains("Wiedersehen", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task English_question_gets_an_english_reply()
    {
        await Flow(out _)
            .Send("What's new?")
            .AssertReply(a =>
            {
                var message = (IMessageActivity)a;
                Assert.Equal("en-US", message.Locale);
                Assert.Contains("latest news", message.Text, StringComparison.Ordinal);
                Assert.Contains("xml:lang=\"en-US\"", message.Speak, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1; DROP TABLE knowledge; --")]
    [InlineData("title:* AND body:[* TO *] OR ~~~ \"")]
    [InlineData("\u0000\u0001\u0002 Bürgerbüro \u200B\uFFFF")]
    [InlineData("ääääääääääääääääääääääääääääääääääääääääääääääääääääääää")]
    public async Task HostileText_GetsANormalReply(string text)
    {
        await Flow(out _)
            .Send(text)
            .AssertReply(a =>
            {
                var message = (IMessageActivity)a;
                Assert.False(string.IsNullOrWhiteSpace(message.Text));
                Assert.DoesNotContain("schiefgegangen", message.Text, StringComparison.Ordinal);
                System.Xml.Linq.XDocument.Parse(message.Speak);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Very_long_text_is_cut_with_a_note()
    {
        var text = string.Concat(Enumerable.Repeat("Wie ist die Telefonnummer vom Bürgerbüro? ", 200));

        await Flow(out _)
            .Send(text)
            .AssertReply(a =>
            {
                var message = (IMessageActivity)a;
                Assert.Contains("sehr lang", message.Text, StringComparison.Ordinal);
                Assert.Contains("933-180", message.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    public sealed class Host : IDisposable
    {
        public BotApplicationFactory Factory { get; } = new(time: Clocks.TuesdayMorning());

        public Host() => _ = Factory.Services; // build the host once

        public void Dispose() => Factory.Dispose();
    }
}
