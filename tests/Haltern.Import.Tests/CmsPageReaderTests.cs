using Haltern.Import;

namespace Haltern.Import.Tests;

public sealed class CmsPageReaderTests
{
    private static readonly CmsPageReader s_reader = new();

    [Fact]
    public void Read_seed_page_takes_title_date_teaser_and_text_without_furniture()
    {
        var result = s_reader.Read(ExportFiles.Read("seed-schulen-digitale-ausstattung.txt"));

        var page = Assert.IsType<CmsPage>(result.Page);
        Assert.Equal("Schulen erhalten digitale Ausstattung", page.Title);
        Assert.Equal(new DateOnly(2020, 6, 9), page.Date);
        Assert.StartsWith("Einen umfangreichen Medienentwicklungsplan", page.Teaser);
        Assert.Contains("fast 950.000 Euro", page.Teaser);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.StartsWith("Um diese Pläne zu realisieren", page.Paragraphs[0]);
        Assert.StartsWith("Schon vor der Corona-bedingten", page.Paragraphs[1]);
        Assert.StartsWith("Wegen der Schulschließungen", page.Paragraphs[2]);
        Assert.Contains("kostenlose Version für die Zeit", page.Paragraphs[2]); // the CMS's double space is one
        var everything = string.Join("\n", [page.Title, page.Teaser!, .. page.Paragraphs]);
        Assert.DoesNotContain("Fingerabdruck", everything);
        Assert.DoesNotContain("Neues aus dem Rathaus", everything);
        Assert.DoesNotContain("Aktuelles Haltern am See", everything);
        Assert.DoesNotContain("9. Juni 2020", everything);
        Assert.DoesNotContain('\u00A0', everything);
    }

    [Fact]
    public void Read_page_without_einleitung_takes_the_date_line_from_the_text_and_has_no_teaser()
    {
        var page = Assert.IsType<CmsPage>(s_reader.Read(ExportFiles.Read("no-einleitung.txt")).Page);

        Assert.Equal("Wochenmarkt zieht um", page.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), page.Date);
        Assert.Null(page.Teaser);
        Assert.Equal(
            ["Der Wochenmarkt findet während der Bauarbeiten auf dem Lavesumer Platz statt.", "Die Händler bleiben dieselben."],
            page.Paragraphs);
    }

    [Fact]
    public void Read_page_with_several_paragraphs_keeps_each_paragraph_and_joins_wrapped_lines()
    {
        var page = Assert.IsType<CmsPage>(s_reader.Read(ExportFiles.Read("several-paragraphs.txt")).Page);

        Assert.Equal(new DateOnly(2021, 10, 2), page.Date);
        Assert.Equal("Die Stadtbücherei öffnet ab sofort auch am Donnerstagabend.", page.Teaser);
        Assert.Equal(4, page.Paragraphs.Count);
        Assert.Equal("Vierter Absatz, der über zwei Zeilen geht.", page.Paragraphs[3]);
    }

    [Fact]
    public void Read_date_inside_the_einleitung_is_content_and_the_date_line_is_the_publication_date()
    {
        var page = Assert.IsType<CmsPage>(s_reader.Read(ExportFiles.Read("date-in-einleitung.txt")).Page);

        Assert.Equal(new DateOnly(2019, 5, 12), page.Date);
        Assert.Equal("Am 6. Juli 2019 lädt die Stadt zum Sommerfest ein.", page.Teaser);
    }

    [Fact]
    public void Read_page_without_date_line_fails_with_a_reason()
    {
        var result = s_reader.Read(ExportFiles.Read("no-date.txt"));

        Assert.Null(result.Page);
        Assert.Contains("date", result.Error);
    }

    [Fact]
    public void Read_text_without_blocks_is_not_an_export()
    {
        var result = s_reader.Read(ExportFiles.Read("not-an-export.txt"));

        Assert.Null(result.Page);
        Assert.Contains("Titel", result.Error);
    }

    [Theory]
    [InlineData("Dienstag, 3. November 2020 Der Rat tagt.", 2020, 11, 3, "Der Rat tagt.")]
    [InlineData("03.11.2020 Der Rat tagt.", 2020, 11, 3, "Der Rat tagt.")]
    public void Read_other_date_line_spellings_are_recognised(string line, int year, int month, int day, string teaser)
    {
        var page = Assert.IsType<CmsPage>(s_reader.Read($"Titel\nRatssitzung\nEinleitung\n{line}\n").Page);

        Assert.Equal(new DateOnly(year, month, day), page.Date);
        Assert.Equal(teaser, page.Teaser);
    }

    [Fact]
    public void Read_date_without_year_is_not_a_publication_date()
    {
        var result = s_reader.Read("Titel\nRatssitzung\nEinleitung\n3. November Der Rat tagt.\n");

        Assert.Null(result.Page);
    }
}
