namespace Haltern.Bot.Benchmarks;

/// <summary>The questions the benchmark asks, by kind, in a fixed order.</summary>
internal static class QuestionMix
{
    public const string WhatsNew = "Was gibt es Neues?";
    public const string May2019 = "Was gab es im Mai 2019 Neues?";

    public static IReadOnlyList<(string Kind, string Text)> All { get; } =
    [
        ("news", WhatsNew),
        ("news-month", May2019),
        ("service", "Wie erreiche ich das Bürgerbüro?"),
        ("service", "Wann hat der Bürgermeister Sprechstunde?"),
        ("content", "Was kostet der Kreisverkehr in Sythen?"),
        ("content", "Wann wird der Schulhof in Lavesum fertig?"),
        ("content", "Was plant die Stadtbücherei?"),
        ("content", "Wie lange dauern die Arbeiten am Freibad?"),
        ("needle", ArticleGenerator.NeedleQuestion),
        ("unknown", "Wie hoch ist der Mount Everest?"),
        ("unknown", "Gibt es eine Schwimmbadsauna mit Massage?"),
    ];
}
