using Haltern.Import;
using YamlDotNet.RepresentationModel;

namespace Haltern.Import.Tests;

public sealed class ArticleImporterTests : IDisposable
{
    private const string SeedExport = "seed-schulen-digitale-ausstattung.txt";
    private const string SeedArticle = "2020-06-09-schulen-erhalten-digitale-ausstattung.md";

    private readonly TemporaryFolder _folder = new();
    private readonly ArticleImporter _importer = new(new CmsPageReader());

    public void Dispose() => _folder.Dispose();

    private string News => Path.Combine(_folder.Path, "news");

    private Task<IReadOnlyList<ImportResult>> ImportAsync(bool force = false, params string[] exports) =>
        _importer.ImportAsync(exports, News, force, CancellationToken.None);

    [Fact]
    public async Task Import_seed_page_is_the_shipped_article()
    {
        // The shipped article carries a category that staff added; the importer keeps such keys.
        Directory.CreateDirectory(News);
        var shipped = await File.ReadAllTextAsync(ExportFiles.ShippedArticle);
        await File.WriteAllTextAsync(Path.Combine(News, SeedArticle), shipped);

        var result = Assert.Single(await ImportAsync(false, ExportFiles.PathOf(SeedExport)));

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(shipped, await File.ReadAllTextAsync(Path.Combine(News, SeedArticle)));
    }

    [Fact]
    public async Task Import_seed_page_into_empty_folder_writes_the_shipped_article_without_the_staff_category()
    {
        var result = Assert.Single(await ImportAsync(false, ExportFiles.PathOf(SeedExport)));

        Assert.True(result.Outcome == ImportOutcome.Created, result.Reason);
        Assert.Equal(Path.Combine(News, SeedArticle), result.Target);
        var shippedWithoutCategory = string.Join("\n", (await File.ReadAllTextAsync(ExportFiles.ShippedArticle))
            .ReplaceLineEndings("\n").Split('\n').Where(line => !line.StartsWith("category:", StringComparison.Ordinal)));
        Assert.Equal(shippedWithoutCategory, await File.ReadAllTextAsync(result.Target!));
    }

    [Fact]
    public async Task Import_same_page_twice_gives_one_file_reported_unchanged()
    {
        var export = ExportFiles.PathOf(SeedExport);

        var results = await ImportAsync(false, export, export);

        Assert.Equal([ImportOutcome.Created, ImportOutcome.Unchanged], results.Select(r => r.Outcome));
        Assert.Single(Directory.GetFiles(News));
    }

    [Fact]
    public async Task Import_file_edited_by_hand_is_skipped_with_a_reason_and_overwritten_only_with_force()
    {
        var export = ExportFiles.PathOf(SeedExport);
        var target = Assert.Single(await ImportAsync(false, export)).Target!;
        var edited = (await File.ReadAllTextAsync(target)).Replace("950.000 Euro", "960.000 Euro", StringComparison.Ordinal);
        await File.WriteAllTextAsync(target, edited);

        var skipped = Assert.Single(await ImportAsync(false, export));
        Assert.Equal(ImportOutcome.Skipped, skipped.Outcome);
        Assert.Contains("edited by hand", skipped.Reason);
        Assert.Contains("--force", skipped.Reason);
        Assert.Equal(edited, await File.ReadAllTextAsync(target));

        var forced = Assert.Single(await ImportAsync(true, export));
        Assert.Equal(ImportOutcome.Updated, forced.Outcome);
        Assert.Contains("950.000 Euro", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task Import_file_not_written_by_the_importer_is_skipped()
    {
        Directory.CreateDirectory(News);
        var handWritten = "---\ntitle: Schulen erhalten digitale Ausstattung\ndate: 2020-06-09\n---\nVon Hand geschrieben.\n";
        await File.WriteAllTextAsync(Path.Combine(News, SeedArticle), handWritten);

        var result = Assert.Single(await ImportAsync(false, ExportFiles.PathOf(SeedExport)));

        Assert.Equal(ImportOutcome.Skipped, result.Outcome);
        Assert.Contains("not written by the importer", result.Reason);
        Assert.Equal(handWritten, await File.ReadAllTextAsync(Path.Combine(News, SeedArticle)));
    }

    [Fact]
    public async Task Import_page_changed_on_the_website_updates_the_file_and_keeps_keys_staff_added()
    {
        var original = Path.Combine(_folder.Path, "page.txt");
        await File.WriteAllTextAsync(original, ExportFiles.Read("date-in-einleitung.txt"));
        var target = Assert.Single(await ImportAsync(false, original)).Target!;
        var withCategory = (await File.ReadAllTextAsync(target)).Replace("import-hash:", "category: Freizeit\nimport-hash:", StringComparison.Ordinal);
        await File.WriteAllTextAsync(target, withCategory);
        await File.WriteAllTextAsync(original, ExportFiles.Read("date-in-einleitung.txt").Replace("Musik", "Tanzmusik", StringComparison.Ordinal));

        var result = Assert.Single(await ImportAsync(false, original));

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        var text = await File.ReadAllTextAsync(target);
        Assert.Contains("Tanzmusik", text);
        Assert.Contains("category: Freizeit", text);
        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(await ImportAsync(false, original)).Outcome);
    }

    [Fact]
    public async Task Import_title_with_yaml_and_markdown_characters_writes_front_matter_that_reads_back_and_escaped_text()
    {
        var export = Path.Combine(_folder.Path, "hostile.txt");
        await File.WriteAllTextAsync(export,
            "Titel\nAchtung: \"Neue\" Regeln # für 'alle' - [sofort]\nEinleitung\n1. April 2024 Teaser: mit Doppelpunkt\nText\n\n"
            + ExportFiles.Read("several-paragraphs.txt").Split("Text\n")[1]);

        var result = Assert.Single(await ImportAsync(false, export));

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.EndsWith("2024-04-01-achtung-neue-regeln-fuer-alle-sofort.md", result.Target);
        var text = await File.ReadAllTextAsync(result.Target!);
        var frontMatter = text.Split("---\n")[1];
        var yaml = new YamlStream();
        yaml.Load(new StringReader(frontMatter));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("Achtung: \"Neue\" Regeln # für 'alle' - [sofort]", ((YamlScalarNode)root["title"]).Value);
        Assert.Equal("Teaser: mit Doppelpunkt", ((YamlScalarNode)root["teaser"]).Value);
        Assert.Equal("2024-04-01", ((YamlScalarNode)root["date"]).Value);
        Assert.Contains("\n1\\. FC Haltern spendet Bücher.\n", text);
        Assert.Contains("mit \\*Sternchen\\* und # Raute", text);
    }

    [Fact]
    public async Task Import_unreadable_exports_are_skipped_with_their_reasons_and_the_rest_imported()
    {
        var results = await ImportAsync(false,
            ExportFiles.PathOf("no-date.txt"), ExportFiles.PathOf("not-an-export.txt"), ExportFiles.PathOf("no-einleitung.txt"));

        Assert.Equal([ImportOutcome.Skipped, ImportOutcome.Skipped, ImportOutcome.Created], results.Select(r => r.Outcome));
        Assert.All(results.Take(2), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.True(File.Exists(Path.Combine(News, "2023-03-14-wochenmarkt-zieht-um.md")));
    }

    [Theory]
    [InlineData("Schulen erhalten digitale Ausstattung", "schulen-erhalten-digitale-ausstattung")]
    [InlineData("Neue Öffnungszeiten der Stadtbücherei: mehr Abendstunden", "neue-oeffnungszeiten-der-stadtbuecherei-mehr-abendstunden")]
    [InlineData("Straße frei – Café öffnet", "strasse-frei-cafe-oeffnet")]
    [InlineData("???", "artikel")]
    public void Slug_title_is_lower_case_with_umlauts_spelled_out(string title, string slug) =>
        Assert.Equal(slug, ArticleImporter.Slug(title));
}
