using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wen kann ich da anrufen?" or "Wie erreiche ich die?" after an article that gives a telephone number or an e-mail
/// address: that sentence answers, not the town's general contact; an office the question names is the office's.
/// A span of years or hours is no telephone number.
/// </summary>
public sealed class ContactFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-02-zisterne.md",
                Title = "Zuschuss für Regentonnen und Zisternen",
                Date = new DateOnly(2026, 10, 2),
                Paragraphs = ["Die Stadt zahlt für eine Zisterne bis zu 400 Euro Zuschuss.", "Fragen beantwortet Umweltberaterin Jana Wessel unter 02345 678-250 oder per E-Mail an umwelt@example.org."],
            },
            new Article
            {
                Id = "news/2026-09-15-sportplatz.md",
                Title = "Neuer Kunstrasen am Sportplatz",
                Date = new DateOnly(2026, 9, 15),
                Paragraphs = ["Der Kunstrasen am Sportplatz kostet 600.000 Euro.", "Gebaut wird von 2026 – 2028 in drei Abschnitten."],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Phone = "02345 678-100",
                Paragraphs = ["Das Bürgerbüro stellt Ausweise aus."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wen kann ich da anrufen?", "678-250")]
    [InlineData("Wie erreiche ich die?", "Wessel")]
    public void Asked_after_an_article_how_to_reach_someone_its_contact_sentence_answers(string followUp, string answer)
    {
        _town.Ask("Gibt es Geld für eine Zisterne?");
        var reply = _town.Ask(followUp);

        Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_the_follow_up_names_is_the_offices()
    {
        _town.Ask("Gibt es Geld für eine Zisterne?");
        var reply = _town.Ask("Welche Nummer hat das Bürgerbüro?");

        Assert.Contains("678-100", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_of_years_is_no_telephone_number()
    {
        _town.Ask("Was kostet der Kunstrasen?");
        var reply = _town.Ask("Wen kann ich da anrufen?");

        Assert.DoesNotContain("2026 – 2028", reply.Text, StringComparison.Ordinal);
    }
}
