using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wann ist die nächste …?" asks for a day to come, "An welchem Tag …?" for one day: the day of the last meeting, a
/// month or the day of another event of the same thing is no answer, and "weiß ich leider nicht" is. The harness's
/// today is Tuesday, 1 December 2026.
/// </summary>
public sealed class NextOrExactDayTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-15-grundsteuer.md",
                Title = "Rat beschließt neue Hebesätze",
                Date = new DateOnly(2026, 10, 15),
                Teaser = "Die Grundsteuer B steigt ab Januar.",
                Paragraphs =
                [
                    "Der Rat hat in seiner Sitzung am Mittwoch, 14. Oktober, die Hebesätze für 2027 beschlossen.",
                    "Ab dem 1. Januar 2027 gilt ein Hebesatz von 560 Prozent.",
                ],
            },
            new Article
            {
                Id = "news/2025-12-19-kreisel.md",
                Title = "Kreisverkehr an der Bahnhofstraße beschlossen",
                Date = new DateOnly(2025, 12, 19),
                Teaser = "Der Bauausschuss hat den Umbau der Kreuzung beschlossen.",
                Paragraphs =
                [
                    "In der Sitzung des Bauausschusses am 18. Dezember stimmten alle Fraktionen zu.",
                ],
            },
            new Article
            {
                Id = "news/2026-09-10-geraetehaus.md",
                Title = "Neues Gerätehaus für den Löschzug Brinkfeld",
                Date = new DateOnly(2026, 9, 10),
                Teaser = "Der Löschzug Brinkfeld bekommt ein neues Gerätehaus.",
                Paragraphs =
                [
                    "Der Rat hat den Neubau am 9. September einstimmig beschlossen.",
                    "Eingeweiht werden soll das Gerätehaus im Herbst 2027.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void The_next_council_meeting_is_not_answered_by_the_day_of_the_last_one()
    {
        var reply = _town.Ask("Wann ist die nächste Sitzung des Rates?");

        Assert.Contains("leider", reply.Text);
        Assert.DoesNotContain("14. Oktober", reply.Text);
        Assert.DoesNotContain("1. Januar", reply.Text);
    }

    [Fact]
    public void A_day_whose_year_is_left_open_is_read_in_the_year_nearest_to_the_article_not_to_today()
    {
        // "am 18. Dezember" in an article of 19 December 2025 is the day before it, though 18 December 2026 is still to come.
        var reply = _town.Ask("Wann tagt der Bauausschuss das nächste Mal?");

        Assert.Contains("leider", reply.Text);
        Assert.DoesNotContain("18. Dezember", reply.Text);
    }

    [Fact]
    public void The_day_of_the_last_meeting_still_answers_when_it_is_asked_for()
    {
        var reply = _town.Ask("Wann hat der Rat die Hebesätze beschlossen?");

        Assert.Contains("14. Oktober", reply.Text);
    }

    [Fact]
    public void One_day_asked_is_not_answered_by_a_season_nor_by_the_day_of_another_event()
    {
        var reply = _town.Ask("An welchem Tag wird das neue Gerätehaus in Brinkfeld eingeweiht?");

        Assert.Contains("leider", reply.Text);
        Assert.DoesNotContain("9. September", reply.Text);
        Assert.DoesNotContain("Herbst 2027", reply.Text);
    }

    [Fact]
    public void When_asked_without_a_day_the_season_answers()
    {
        var reply = _town.Ask("Wann wird das neue Gerätehaus in Brinkfeld eingeweiht?");

        Assert.Contains("Herbst 2027", reply.Text);
    }
}
