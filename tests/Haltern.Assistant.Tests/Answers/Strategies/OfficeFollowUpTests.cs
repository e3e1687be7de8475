using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>A word for an office in general ("das Amt") names none: it asks about the office just spoken of.</summary>
public sealed class OfficeFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-06-19-termine.md",
                Title = "Bürgerbüro: Ausweise nur noch mit Termin",
                Date = new DateOnly(2026, 6, 19),
                Teaser = "Einen neuen Reisepass stellt das Bürgerbüro ab dem 1. Juli nur noch nach Terminvereinbarung aus.",
                Paragraphs = ["Termine gibt es online."],
            },
        ],
        [
            new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "0123 456-100", Address = "Markt 1", Paragraphs = ["Das Bürgerbüro hilft bei allen Anliegen."] },
            new Service { Id = "services/standesamt.md", Title = "Standesamt", Phone = "0123 456-140", Paragraphs = ["Das Standesamt beurkundet Geburten und Eheschließungen."] },
            new Service { Id = "services/sozialamt.md", Title = "Sozialamt", Phone = "0123 456-230", Keywords = ["Wohngeld"], Paragraphs = ["Wohngeld beantragen Sie beim Sozialamt."] },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Welche Nummer hat das Amt?")]
    [InlineData("Wie erreiche ich die Behörde?")]
    public void The_office_in_general_is_the_last_service(string followUp)
    {
        Assert.Contains("Sozialamt", _town.Ask("Ich will Wohngeld beantragen").Text);

        var reply = _town.Ask(followUp);

        Assert.Contains("0123 456-230", reply.Text);
        Assert.DoesNotContain("Standesamt", reply.Text);
    }

    [Fact]
    public void Where_it_is_after_an_article_about_an_office_is_where_the_office_is()
    {
        Assert.Contains("Terminvereinbarung", _town.Ask("Ich brauche einen neuen Reisepass").Text);

        Assert.Contains("Markt 1", _town.Ask("Wo ist das?").Text);
    }
}
