using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Haltern.Bot.Benchmarks;

/// <summary>
/// Writes N synthetic German news articles in the knowledge format (<c>news/&lt;date&gt;-&lt;slug&gt;.md</c>), dated
/// over 2000–2025, plus one needle article whose words occur nowhere else, and copies the shipped services.
/// Deterministic: the same N gives the same folder.
/// </summary>
internal sealed class ArticleGenerator
{
    /// <summary>The needle: a question only it answers, and the text that answer must contain.</summary>
    public const string NeedleQuestion = "Wie viel kostet die Drehleiter in Lippramsdorf?";
    public const string NeedleAnswer = "780.000 Euro";
    public const string NeedleTitle = "Neue Drehleiter für den Löschzug Lippramsdorf";

    /// <summary>The needle's file name in <c>news/</c>.</summary>
    public const string NeedleFile = "2017-03-21-neue-drehleiter-loeschzug-lippramsdorf.md";
    private const int Version = 1;

    /// <summary>An article added while the bot runs (live reload), and the question only it answers.</summary>
    public const string ProbeQuestion = "Was kostet der Bootssteg?";
    public const string ProbeAnswer = "123.456 Euro";
    public const string ProbeArticle = "---\ntitle: Neuer Bootssteg am Seebad\ndate: 2026-11-30\n---\nDer neue Bootssteg am Seebad kostet 123.456 Euro.\n";

    private static readonly string[] s_places =
        ["Lavesum", "Flaesheim", "Hullern", "Sythen", "Holtwick", "Hamm-Bossendorf", "Lippramsdorf", "der Innenstadt", "Haltern-Mitte", "Stausee"];

    private static readonly (string Subject, string Noun)[] s_topics =
    [
        ("Die Grundschule", "Schulhof"), ("Die Kita", "Spielplatz"), ("Der Sportverein", "Sportplatz"),
        ("Die Stadtbücherei", "Lesesaal"), ("Der Heimatverein", "Heimathaus"), ("Die Verwaltung", "Radweg"),
        ("Der Bauausschuss", "Kreisverkehr"), ("Die Musikschule", "Konzertsaal"), ("Der Umweltausschuss", "Blühstreifen"),
        ("Das Seebad", "Freibad"), ("Die Stadtwerke", "Wasserleitung"), ("Der Seniorenbeirat", "Begegnungsstätte"),
        ("Das Jugendzentrum", "Jugendtreff"), ("Die Gesamtschule", "Mensa"), ("Der Rat", "Haushalt"),
    ];

    private static readonly string[] s_actions =
        ["erneuert", "eröffnet", "plant", "saniert", "erweitert", "stellt vor", "beschließt", "feiert", "modernisiert", "begrüßt"];

    private static readonly string[] s_sentences =
    [
        "{0} in {1} {2} den {3} nach langer Vorbereitung.",
        "Die Arbeiten am {3} sollen bis zum Herbst abgeschlossen sein.",
        "Für das Vorhaben stehen rund {4}.000 Euro aus dem städtischen Haushalt bereit.",
        "Bürgerinnen und Bürger aus {1} können sich bei einer Versammlung informieren.",
        "Die Verwaltung rechnet mit einer Bauzeit von {5} Wochen.",
        "Während der Arbeiten bleibt der {3} an einzelnen Tagen geschlossen.",
        "Der Ausschuss stimmte dem Vorschlag mit großer Mehrheit zu.",
        "Weitere Informationen gibt es im Rathaus und auf der Internetseite der Stadt.",
        "Viele Ehrenamtliche haben bei der Planung mitgeholfen.",
        "Auch Kinder und Jugendliche aus {1} wurden nach ihren Wünschen gefragt.",
        "Ein Förderprogramm des Landes übernimmt einen Teil der Kosten.",
        "Die Eröffnung wird mit einem kleinen Fest gefeiert.",
    ];

    private static readonly ISerializer s_yaml = new SerializerBuilder().Build();

    /// <summary>Writes the folder unless it already holds the same generation; returns the news folder's article count.</summary>
    public static async Task<int> EnsureAsync(string folder, int count, string shippedKnowledge, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(folder, ".generated");
        var expected = $"v{Version} n={count}";
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == expected)
        {
            return count + 1;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var news = Directory.CreateDirectory(Path.Combine(folder, "news")).FullName;
        var services = Directory.CreateDirectory(Path.Combine(folder, "services")).FullName;
        foreach (var service in Directory.EnumerateFiles(Path.Combine(shippedKnowledge, "services"), "*.md"))
        {
            File.Copy(service, Path.Combine(services, Path.GetFileName(service)));
        }

        var random = new Random(20200609);
        var start = new DateOnly(2000, 1, 1);
        var days = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var date = start.AddDays(random.Next(days + 1));
            var (subject, noun) = s_topics[random.Next(s_topics.Length)];
            var place = s_places[random.Next(s_places.Length)];
            var action = s_actions[random.Next(s_actions.Length)];
            var title = $"{noun} in {place}: {subject} {action}";
            string Sentence() => string.Format(CultureInfo.InvariantCulture, s_sentences[random.Next(s_sentences.Length)],
                subject, place, action, noun, random.Next(20, 990), random.Next(2, 30));
            var teaser = $"{Sentence()} {Sentence()}";
            var paragraphs = Enumerable.Range(0, random.Next(3, 6))
                .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence())))
                .ToArray();
            await WriteAsync(Path.Combine(news, $"{date:yyyy-MM-dd}-bericht-{i:D6}.md"), title, date, teaser, paragraphs, cancellationToken);
        }

        await WriteAsync(Path.Combine(news, NeedleFile), NeedleTitle, new DateOnly(2017, 3, 21),
            "Der Löschzug Lippramsdorf der Freiwilligen Feuerwehr hat eine neue Drehleiter in Dienst gestellt.",
            ["Die neue Drehleiter kostet 780.000 Euro und erreicht eine Rettungshöhe von 32 Metern.", "Die Kameradinnen und Kameraden üben seit Januar mit dem Fahrzeug."],
            cancellationToken);

        await File.WriteAllTextAsync(marker, expected, cancellationToken);
        return count + 1;
    }

    private static Task WriteAsync(string path, string title, DateOnly date, string teaser, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var front = new YamlMappingNode
        {
            { "title", title },
            { "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            { "teaser", teaser },
            { "category", "Synthetisch" },
        };
        var text = new StringBuilder("---\n")
            .Append(s_yaml.Serialize(front))
            .Append("---\n")
            .AppendJoin("\n\n", paragraphs)
            .Append('\n')
            .ToString();
        return File.WriteAllTextAsync(path, text, cancellationToken);
    }
}
