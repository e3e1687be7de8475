using System.Text;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Knowledge;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "haltern-loader-" + Guid.NewGuid().ToString("N"));

    public KnowledgeLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "news"));
        Directory.CreateDirectory(Path.Combine(_folder, "services"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_folder, path), text, new UTF8Encoding(false));

    [Fact]
    public void Load_valid_article_reads_front_matter_and_plain_text_paragraphs()
    {
        Write("news/2024-05-02-fest.md", """
            ---
            title: Stadtfest am See
            date: 2024-05-02
            teaser: Das Stadtfest beginnt am Freitag.
            category: Veranstaltungen
            source: Pressestelle
            ---
            Es gibt **Musik** und [Essen](https://example.org).

            Der Eintritt ist frei.
            """);

        var set = new KnowledgeLoader().Load(_folder);

        var article = Assert.Single(set.Articles);
        Assert.Equal("news/2024-05-02-fest.md", article.Id);
        Assert.Equal("Stadtfest am See", article.Title);
        Assert.Equal(new DateOnly(2024, 5, 2), article.Date);
        Assert.Equal("Das Stadtfest beginnt am Freitag.", article.Teaser);
        Assert.Equal("Veranstaltungen", article.Category);
        Assert.Equal("Pressestelle", article.Source);
        Assert.Equal(["Es gibt Musik und Essen.", "Der Eintritt ist frei."], article.Paragraphs);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void Load_valid_service_reads_all_keys_and_hours()
    {
        Write("services/amt.md", """
            ---
            title: Bürgerbüro
            phone: 02364 933-180
            email: buergerbuero@example.org
            address: Dr.-Conrads-Straße 1
            person: Anna Beispiel
            role: Leitung
            place: Rathaus, Erdgeschoss
            hours:
              - Mo 08:00-12:30
              - Do 08:00-12:30, 14:00-18:00
            questions:
              - Wie erreiche ich das Bürgerbüro?
            keywords: [Ausweis, Pass]
            ---
            Das Bürgerbüro hilft gern.
            """);

        var service = Assert.Single(new KnowledgeLoader().Load(_folder).Services);

        Assert.Equal("02364 933-180", service.Phone);
        Assert.Equal("buergerbuero@example.org", service.Email);
        Assert.Equal("Dr.-Conrads-Straße 1", service.Address);
        Assert.Equal("Anna Beispiel", service.Person);
        Assert.Equal("Leitung", service.Role);
        Assert.Equal("Rathaus, Erdgeschoss", service.Place);
        Assert.Equal(3, service.Hours.Entries.Count);
        Assert.Equal(["Wie erreiche ich das Bürgerbüro?"], service.Questions);
        Assert.Equal(["Ausweis", "Pass"], service.Keywords);
        Assert.Equal(["Das Bürgerbüro hilft gern."], service.Paragraphs);
    }

    [Theory]
    [InlineData("news/2024-01-01-a.md", "Kein Front Matter", 1, "front matter")]
    [InlineData("news/2024-01-01-b.md", "---\ntitle: Ohne Ende\n", 1, "not closed")]
    [InlineData("news/2024-01-01-c.md", "---\ndate: 2024-01-01\n---\nText", 2, "'title'")]
    [InlineData("news/2024-01-01-d.md", "---\ntitle: Ohne Datum\n---\nText", 2, "'date'")]
    [InlineData("news/2024-01-01-e.md", "---\ntitle: Falsch\ndate: 2024-02-30\n---\nText", 3, "real date")]
    [InlineData("news/2024-01-01-f.md", "---\ntitle: [kaputt\ndate: 2024-01-01\n---\nText", 3, "not valid YAML")]
    [InlineData("services/g.md", "---\ntitle: Amt\nhours: {Mo: 08:00}\n---\nText", 3, "'hours' must be a list")]
    public void Load_broken_file_is_skipped_with_path_line_and_reason(string path, string text, int line, string reason)
    {
        Write(path, text);
        Write("services/ok.md", "---\ntitle: Gutes Amt\n---\nText");

        var set = new KnowledgeLoader().Load(_folder);

        var skipped = Assert.Single(set.Skipped);
        Assert.Equal(path, skipped.Path);
        Assert.Equal(line, skipped.Line);
        Assert.Contains(reason, skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(set.Services, s => s.Title == "Gutes Amt");
    }

    [Theory]
    [InlineData("hours:\n  - Mo 08:00-12:00\n  - Montags ab acht", 5, "hours entry")]
    [InlineData("hours:\n  - Mo 08:00-12:00\n  - Di 12:00-08:00", 5, "ends before it starts")]
    [InlineData("hours:\n  - Mo 08:00-12:00\n  - Xy 08:00-12:00", 5, "not a weekday")]
    [InlineData("hours:\n  - Mo 08:00-12:00\n  - [Di, Mi]", 5, "one line")]
    [InlineData("hours:\n  - Mo 08:00-12:00\nclosed:\n  - 24.12.2026", 6, "closed entry")]
    [InlineData("hours:\n  - Mo 08:00-12:00\nclosed:\n  - 2027-01-06 bis 2027-01-01", 6, "ends before it starts")]
    [InlineData("hours:\n  - Mo 08:00-12:00\nholidays: manchmal", 5, "'holidays'")]
    public void A_bad_entry_is_skipped_alone_with_path_and_line(string entries, int line, string reason)
    {
        Write("services/amt.md", $"---\ntitle: Amt\n{entries}\n---\nText");

        var set = new KnowledgeLoader().Load(_folder);

        var service = Assert.Single(set.Services);
        Assert.Empty(set.Skipped);
        var skipped = Assert.Single(set.SkippedEntries);
        Assert.Equal("services/amt.md", skipped.Path);
        Assert.Equal(line, skipped.Line);
        Assert.Contains(reason, skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(DayOfWeek.Monday, Assert.Single(service.Hours.Entries).Day); // the good entry is served
    }

    [Fact]
    public void Closures_notes_and_holidays_are_read()
    {
        Write("services/amt.md", """
            ---
            title: Amt
            closed:
              - 2026-12-24 bis 2027-01-01: Betriebsferien
              - 2027-02-08: Rosenmontag
              - 2027-03-01
            hours:
              - Mo-Fr 08:00-12:00
              - Di nach Vereinbarung
              - Do 14:00-18:00 nur mit Termin
              - Mi: nur telefonisch
            holidays: open
            ---
            Text
            """);

        var set = new KnowledgeLoader().Load(_folder);

        var hours = Assert.Single(set.Services).Hours;
        Assert.Empty(set.SkippedEntries);
        Assert.Equal(
            [
                new Closure(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1), "Betriebsferien"),
                new Closure(new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 8), "Rosenmontag"),
                new Closure(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1), null),
            ],
            hours.Closures);
        Assert.Equal(["nach Vereinbarung", "nur telefonisch"], hours.Notes.Select(n => n.Note));
        Assert.Equal("nur mit Termin", Assert.Single(hours.Entries, e => e.Day == DayOfWeek.Thursday && e.From.Hour == 14).Note);
        Assert.True(hours.OpenOnHolidays);
    }

    [Fact]
    public void A_service_with_closures_alone_has_no_hours()
    {
        Write("services/amt.md", "---\ntitle: Amt\nclosed:\n  - 2027-02-08\n---\nText");

        var service = Assert.Single(new KnowledgeLoader().Load(_folder).Services);

        Assert.True(service.Hours.IsEmpty);
        Assert.Single(service.Hours.Closures);
    }

    [Fact]
    public void Load_file_that_is_not_utf8_is_skipped_and_the_rest_served()
    {
        File.WriteAllBytes(Path.Combine(_folder, "services", "latin1.md"), Encoding.Latin1.GetBytes("---\ntitle: Bürgerbüro\n---\nÄmter"));
        Write("services/ok.md", "---\ntitle: Gutes Amt\n---\nText");

        var set = new KnowledgeLoader().Load(_folder);

        Assert.Equal("the file is not UTF-8 text", Assert.Single(set.Skipped).Reason);
        Assert.Single(set.Services);
    }

    [Fact]
    public void Load_missing_folder_throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new KnowledgeLoader().Load(Path.Combine(_folder, "nope")));
    }

    [Fact]
    public void Load_shipped_knowledge_has_the_seed_facts()
    {
        var set = new KnowledgeLoader().Load(Path.Combine(RepositoryRoot(), "knowledge"));

        Assert.Empty(set.Skipped);
        Assert.Contains(set.Articles, a => a.Title == "Schulen erhalten digitale Ausstattung" && a.Date == new DateOnly(2020, 6, 9));
        Assert.Contains(set.Services, s => s.Phone == "02364 933-180");
        var mayor = Assert.Single(set.Services, s => s.Person == "Andreas Stegemann");
        Assert.True(mayor.Hours.IsEmpty, "the seed page gives no day or time for the Sprechstunde");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Haltern.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
