namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>Small talk, the honest fallback, the service and hours strategies, and the news.</summary>
public sealed class ConversationStrategyTests : IDisposable
{
    private readonly AssistantHarness _town = SmallTown.Harness();

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_greeting_with_a_question_answers_the_question()
    {
        var reply = _town.Ask("Hallo, was kostet die neue Sporthalle?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
    }

    [Theory]
    [InlineData("Guten Tag, wie ist die Telefonnummer vom Bürgeramt?")]
    [InlineData("Guten Morgen! Wie ist die Telefonnummer vom Bürgeramt?")]
    [InlineData("Good morning, what is the phone number of the Bürgeramt?")]
    public void A_greeting_of_the_time_of_day_names_no_topic(string text)
    {
        // A service whose text names the office and speaks of days and mornings: the greeting's "Tag" and "Morgen"
        // must not make it the better match.
        using var town = SmallTown.Harness(
        [
            new Haltern.Assistant.Knowledge.Service
            {
                Id = "services/datenschutz.md",
                Title = "Datenschutz",
                Paragraphs = ["Fragen, die hier offen bleiben, beantwortet das Bürgeramt; gezählt werden sie 30 Tage lang, jeden Morgen wird gelöscht, was älter ist."],
            },
        ]);

        var reply = town.Ask(text);

        Assert.Contains("0123 456-100", reply.Text);
        Assert.DoesNotContain("Datenschutz", reply.Text);
    }

    [Fact]
    public void Hours_and_number_of_an_office_without_hours_give_its_number_once()
    {
        var reply = _town.Ask("Wann hat das Bürgeramt geöffnet und wie ist die Telefonnummer?");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply.Text, "0123 456-100"));
    }

    [Fact]
    public void More_information_about_a_named_topic_is_searched_for_that_topic()
    {
        var reply = _town.Ask("Wo bekomme ich weitere Informationen zur Sporthalle?");

        Assert.Contains("Sporthalle", reply.Text);
    }

    [Fact]
    public void A_greeting_alone_is_small_talk()
    {
        Assert.Equal("small-talk", _town.Chosen("Hallo").Strategy);
    }

    [Theory]
    [InlineData("Vielen Dank, das hat mir sehr geholfen!")]
    [InlineData("Danke, das hilft mir weiter")]
    [InlineData("Danke für die Auskunft zur Sporthalle")]
    [InlineData("Thanks, that helped a lot")]
    public void Thanks_that_ask_for_nothing_are_small_talk_whatever_they_name(string text)
    {
        Assert.Equal("small-talk", _town.Chosen(text).Strategy);
    }

    [Fact]
    public void Thanks_with_a_question_answer_the_question()
    {
        var reply = _town.Ask("Danke! Und was kostet die neue Sporthalle?");

        Assert.Contains("3,4 Millionen Euro", reply.Text);
    }

    [Theory]
    [InlineData("Erzähl mir einen Witz")]
    [InlineData("Schreib mir ein Gedicht")]
    [InlineData("Wie wird das Wetter morgen?")]
    [InlineData("Erzähl mir etwas über den Friedhof")]
    [InlineData("Was hältst du von der Sporthalle?")]
    public void A_request_the_knowledge_cannot_answer_gets_no_article(string text)
    {
        var reply = _town.Ask(text);

        Assert.False(reply.Answered);
        Assert.DoesNotContain("Sporthalle", reply.Text);
        Assert.Contains("Bürgeramt", reply.Text);
    }

    [Fact]
    public void An_attribute_the_knowledge_does_not_hold_is_not_known_and_no_other_fact_is_given()
    {
        var reply = _town.Ask("Wie alt ist die Bürgermeisterin?");

        Assert.StartsWith("Das weiß ich leider nicht.", reply.Text);
        Assert.DoesNotContain("Erika Beispiel", reply.Text);
        Assert.Contains("0123 456-100", reply.Text);
    }

    [Fact]
    public void How_many_of_a_thing_is_answered_by_the_count_of_that_thing()
    {
        var reply = _town.Ask("Wie viele Umkleiden hat die Sporthalle?");

        Assert.Contains("zwei Umkleiden", reply.Text);
        Assert.DoesNotContain("300", reply.Text);
    }

    [Fact]
    public void The_town_halls_address_is_asked_of_the_general_contact()
    {
        var reply = _town.Ask("Wie ist die Adresse vom Rathaus?");

        Assert.Contains("Bürgeramt", reply.Text);
        Assert.Contains("keine Adresse", reply.Text);
    }

    [Fact]
    public void A_greeting_with_the_way_to_the_town_hall_asked_gets_the_general_contact_not_only_a_greeting()
    {
        var chosen = _town.Chosen("Hallo! Wie komme ich zum Rathaus?");
        var reply = _town.Ask("Hallo! Wie komme ich zum Rathaus?");

        Assert.NotEqual("small-talk", chosen.Strategy);
        Assert.Contains("Bürgeramt", reply.Text);
    }

    [Fact]
    public void A_detail_of_a_named_service_is_answered_by_the_service()
    {
        var reply = _town.Ask("Telefonnummer Bürgeramt");

        Assert.Contains("0123 456-100", reply.Text);
        Assert.Equal("service", _town.Chosen("Telefonnummer Bürgeramt").Strategy);
    }

    [Fact]
    public void When_a_service_is_held_goes_to_the_hours_strategy()
    {
        Assert.Equal("hours", _town.Chosen("Wann ist die Sprechstunde der Bürgermeisterin?").Strategy);
    }

    [Fact]
    public void The_news_are_the_newest_articles()
    {
        var reply = _town.Ask("Was gibt es Neues?");

        Assert.Contains("Neue Sporthalle eröffnet", reply.Text);
        Assert.Equal("news", _town.Chosen("Was gibt es Neues?").Strategy);
    }
}
