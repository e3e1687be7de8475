using Haltern.Bot.Staff.Handoff;

namespace Haltern.Bot.Tests.Handoff;

public sealed class PersonRequestsTests
{
    [Theory]
    [InlineData("Ich möchte mit einem Mitarbeiter sprechen")]
    [InlineData("Kann mir ein Mensch helfen?")]
    [InlineData("talk to a human")]
    [InlineData("Kann ich bitte mit einer Mitarbeiterin reden")]
    [InlineData("Can someone help me?")]
    public void A_request_for_a_person_is_recognised(string text) => Assert.True(PersonRequests.AsksForPerson(text));

    [Theory]
    [InlineData("Wann kann ich mit dem Bürgermeister sprechen?")]
    [InlineData("Wie viele Mitarbeiter hat die Stadtverwaltung?")]
    [InlineData("Wie erreiche ich das Bürgerbüro?")]
    [InlineData("Wer hilft beim Antrag auf Wohngeld?")]
    [InlineData("")]
    public void A_question_about_people_or_help_alone_is_not_a_request_for_a_person(string text) => Assert.False(PersonRequests.AsksForPerson(text));
}
