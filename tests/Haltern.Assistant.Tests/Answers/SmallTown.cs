using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers;

/// <summary>A small town's knowledge, written for these tests: one article with a price, a source of money, a place, a body that decided, and two services.</summary>
internal static class SmallTown
{
    public static AssistantHarness Harness() => Harness([]);

    /// <summary>The small town with <paramref name="more"/> services beside its own.</summary>
    public static AssistantHarness Harness(IReadOnlyList<Service> more) => new(
        [
            new Article
            {
                Id = "news/2026-11-10-sporthalle.md",
                Title = "Neue Sporthalle eröffnet",
                Date = new DateOnly(2026, 11, 10),
                Teaser = "Der Stadtrat hatte den Bau der Sporthalle im März 2025 beschlossen. Die Sporthalle kostet 3,4 Millionen Euro.",
                Paragraphs =
                [
                    "Finanziert wird der Bau durch Zuschüsse aus dem Landesprogramm für Sportstätten.",
                    "Die Sporthalle steht an der Lindenstraße 12.",
                    "Dazu gehören zwei Umkleiden und eine Tribüne.",
                    "Mehr als 300 Vereine im Land nutzen solche Hallen.",
                ],
            },
        ],
        [
            new Service { Id = "services/buergeramt.md", Title = "Bürgeramt", Phone = "0123 456-100", Keywords = ["Bürgerbüro"], Paragraphs = ["Das Bürgeramt hilft bei allen Anliegen."] },
            new Service { Id = "services/buergermeisterin.md", Title = "Sprechstunde der Bürgermeisterin", Person = "Erika Beispiel", Role = "Bürgermeisterin", Paragraphs = ["Die Bürgermeisterin nimmt sich Zeit für Ihre Anliegen."] },
            .. more,
        ]);
}
