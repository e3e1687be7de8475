using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Bis wann geht das?" after an article is answered by its sentence that names an end ("Die Frist endet am 30. November"),
/// where none gives a length; "Wann wird das abgeholt?" after an office's card, naming only what happens, is asked of
/// the article that covered the last question beside the office.
/// </summary>
public sealed class UntilWhenFollowUpTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-08-07-kita.md",
                Title = "Kita-Anmeldung für 2027/28 startet",
                Teaser = "Eltern melden ihr Kind über den Kita-Navigator der Stadt an.",
                Date = new DateOnly(2026, 8, 7),
                Paragraphs = ["Die Anmeldefrist endet am 30. November 2026, die Zusagen werden im Februar verschickt. In der Stadt gibt es elf Kitas."],
            },
            new Article
            {
                Id = "news/2026-10-06-laub.md",
                Title = "Laubsäcke gibt es wieder kostenlos",
                Date = new DateOnly(2026, 10, 6),
                Paragraphs = ["Wer Laub von Straßenbäumen zusammenkehrt, bekommt im Bürgerbüro kostenlose Laubsäcke. Die gefüllten Säcke holt der Bauhof am 9. November ab."],
            },
        ],
        [
            new Service
            {
                Id = "services/buergerbuero.md",
                Title = "Bürgerbüro",
                Keywords = ["Laubsäcke", "Ausweise"],
                Phone = "0123 456-100",
                Paragraphs = ["Das Bürgerbüro stellt Ausweise aus und gibt Laubsäcke aus."],
            },
        ]);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void Until_when_is_the_sentence_that_names_an_end()
    {
        _town.Ask("Anmeldung für die Kita");

        var reply = _town.Ask("Bis wann geht das?");

        Assert.Contains("30. November", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_naming_only_what_happens_is_asked_of_the_article_beside_the_office()
    {
        _town.Ask("Gibt es wieder Laubsäcke im Bürgerbüro?");

        var reply = _town.Ask("Wann wird das abgeholt?");

        Assert.Contains("9. November", reply.Text, StringComparison.Ordinal);
    }
}
