using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// After an office's card, a price its text does not give for the thing asked is asked of the article that covered the
/// question beside it: the dog tax of the article after "Wie kann ich einen Hund anmelden?"; not the office's free maps
/// for the price of a tour.
/// </summary>
public sealed class ArticleBesideOfficeFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2027-01-20-hunde.md",
                Title = "Hundebestandsaufnahme beginnt",
                Date = new DateOnly(2027, 1, 20),
                Paragraphs = ["Wer seinen Hund bisher nicht angemeldet hat, kann das bis zum 31. Januar beim Steueramt nachholen. Die Hundesteuer beträgt 96 Euro im Jahr für den ersten Hund."],
            },
            new Article
            {
                Id = "news/2026-10-30-gaense.md",
                Title = "Gänseführungen in der Rheinaue",
                Date = new DateOnly(2026, 10, 30),
                Paragraphs = ["Jeden Samstag führen Gänseführer zu den Wildgänsen. Die Teilnahme kostet 8 Euro."],
            },
        ],
        [
            new Service
            {
                Id = "services/steueramt.md",
                Title = "Steueramt",
                Keywords = ["Hundesteuer", "Hundeanmeldung"],
                Phone = "0123 456-200",
                Paragraphs = ["Einen Hund melden Sie innerhalb von 14 Tagen mit dem Formular auf der Internetseite der Stadt an."],
            },
            new Service
            {
                Id = "services/touristinfo.md",
                Title = "Tourist-Information",
                Keywords = ["Gänseführungen", "Radkarten"],
                Phone = "0123 456-800",
                Paragraphs = ["Radwanderkarten gibt es hier kostenlos. Anmeldungen zu den Gänseführungen nimmt die Tourist-Information entgegen."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void A_price_the_office_does_not_give_is_asked_of_the_article_beside_it()
    {
        _town.Ask("Wie kann ich einen Hund anmelden?");

        var reply = _town.Ask("Und was kostet der?");

        Assert.Contains("96 Euro", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_the_office_gives_for_another_thing_is_not_the_price_asked()
    {
        _town.Ask("Gänseführung");

        var reply = _town.Ask("Und was kostet die?");

        Assert.Contains("8 Euro", reply.Text, StringComparison.Ordinal);
    }
}
