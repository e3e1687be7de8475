using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Wie melde ich mich an?" asks for the way (a portal, a form, whom to turn to), which a sentence that gives only the
/// period to apply in does not say; "Bis wann …?" asks for that period.
/// </summary>
public sealed class ProcedureWayTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-10-20-kita-anmeldung.md",
                Title = "Anmeldung für die Kitas beginnt",
                Date = new DateOnly(2026, 10, 20),
                Paragraphs =
                [
                    "Eltern, die für das Kindergartenjahr 2027/28 einen Platz suchen, können ihr Kind vom 2. bis zum 30. November für eine Kita anmelden. "
                    + "Die Anmeldung läuft ausschließlich über das Elternportal der Stadt. In der Stadt gibt es 12 Kitas mit 780 Plätzen.",
                ],
            },
            new Article
            {
                Id = "news/2026-09-01-zirkus.md",
                Title = "Zirkusprojekt an der Grundschule",
                Date = new DateOnly(2026, 9, 1),
                Paragraphs = ["Die Kinder der Grundschule am Park üben eine Woche lang mit einem Zirkus. Die Aufführung ist am 12. September."],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Theory]
    [InlineData("Wie melde ich mein Kind für die Kita an?")]
    [InlineData("wie meld ich meinen sohn für nen kitaplatz an")]
    public void How_to_register_is_answered_by_the_way_not_by_the_period(string question)
    {
        var reply = _town.Ask(question);

        Assert.Contains("Elternportal", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void By_when_to_register_is_answered_by_the_period()
    {
        var reply = _town.Ask("Bis wann muss ich mein Kind für die Kita anmelden?");

        Assert.Contains("30. November", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sentence_after_the_one_about_the_event_says_how_to_take_part()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2027-03-19-stadtwald.md",
                    Title = "Junge Bäume für den Stadtwald",
                    Date = new DateOnly(2027, 3, 19),
                    Paragraphs =
                    [
                        "Auf den kahlen Flächen am Hohen Berg entsteht ein Mischwald. Der Forstbetrieb pflanzt dort 14.000 Eichen und Buchen.",
                        "Beim Bürgerpflanztag am Samstag, 24. April, kann jede und jeder mitpflanzen; Treffpunkt ist der Wanderparkplatz. "
                        + "Anmeldung bis Freitag, 16. April, per E-Mail an forst@stadt.example.",
                    ],
                },
            ],
            []);

        var reply = town.Ask("Wie kann ich beim Bürgerpflanztag mitmachen?");

        Assert.Contains("forst@stadt.example", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_for_a_plot_is_a_way_asked_for()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2027-02-01-bauplaetze.md",
                    Title = "Stadt vergibt 20 Bauplätze am Hang",
                    Date = new DateOnly(2027, 2, 1),
                    Paragraphs =
                    [
                        "Im Baugebiet Am Hang vergibt die Stadt 20 Bauplätze an Familien. Die Grundstücke kosten 180 Euro je Quadratmeter. "
                        + "Interessierte füllen dazu das Formular auf der Internetseite der Stadt aus.",
                    ],
                },
            ],
            []);

        var reply = town.Ask("Wie bewerbe ich mich für einen Bauplatz?");

        Assert.Contains("Formular", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_to_sign_up_after_an_article_asks_about_that_article()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2027-05-03-stadtradeln.md",
                    Title = "Die Stadt macht wieder beim Stadtradeln mit",
                    Date = new DateOnly(2027, 5, 3),
                    Paragraphs =
                    [
                        "Vom 16. Mai bis zum 5. Juni 2027 sammeln Teams Fahrradkilometer für das Klima. "
                        + "Anmelden kann man sich kostenlos auf stadtradeln.de, als Einzelperson oder im Team.",
                    ],
                },
            ],
            [new Service { Id = "services/ordnungsamt.md", Title = "Ordnungsamt", Phone = "0123 456-300", Paragraphs = ["Das Ordnungsamt nimmt Gewerbeanmeldungen entgegen."] }]);

        town.Ask("Stadtradeln");
        var reply = town.Ask("wie meld ich mich an");

        Assert.Contains("stadtradeln.de", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_to_sign_up_after_an_offices_card_asks_at_that_office()
    {
        using var town = new AssistantHarness(
            [],
            [
                new Service
                {
                    Id = "services/buergermeister.md", Title = "Sprechstunde des Bürgermeisters", Phone = "0123 456-101", Keywords = ["Bürgermeister"],
                    Paragraphs = ["Der Bürgermeister lädt jeden Donnerstag zur Sprechstunde ein. Termine vergibt sein Vorzimmer telefonisch."],
                },
                new Service { Id = "services/ordnungsamt.md", Title = "Ordnungsamt", Phone = "0123 456-300", Paragraphs = ["Das Ordnungsamt nimmt Gewerbeanmeldungen entgegen."] },
            ]);

        town.Ask("Wann ist die Sprechstunde vom Bürgermeister?");
        var reply = town.Ask("Wie melde ich mich dafür an?");

        Assert.Contains("0123 456-101", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ordnungsamt", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whether_one_must_register_is_answered_by_the_sentence_that_says_so()
    {
        using var town = new AssistantHarness(
            [
                new Article
                {
                    Id = "news/2026-12-22-neujahrsempfang.md",
                    Title = "Neujahrsempfang am 17. Januar",
                    Date = new DateOnly(2026, 12, 22),
                    Paragraphs = ["Die Bürgermeisterin lädt alle Bürgerinnen und Bürger zum Neujahrsempfang ins Rathaus ein. Eine Anmeldung ist nicht erforderlich, der Eintritt ist frei."],
                },
            ],
            [new Service { Id = "services/ordnungsamt.md", Title = "Ordnungsamt", Phone = "0123 456-300", Paragraphs = ["Das Ordnungsamt nimmt Gewerbeanmeldungen entgegen."] }]);

        var reply = town.Ask("Muss man sich für den Neujahrsempfang anmelden?");

        Assert.Contains("nicht erforderlich", reply.Text, StringComparison.Ordinal);
    }
}
