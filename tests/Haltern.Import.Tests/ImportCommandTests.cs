using Haltern.Import;

namespace Haltern.Import.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_folder_of_exports_reports_each_page_and_exits_with_one_when_some_were_skipped()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await ImportCommand.RunAsync([ExportFiles.Folder, "--to", "out/news"], output, error, _folder.Path, CancellationToken.None);

        Assert.Equal(ImportCommand.SomeSkipped, exitCode);
        var report = output.ToString();
        Assert.Contains("created   out/news/2020-06-09-schulen-erhalten-digitale-ausstattung.md (from seed-schulen-digitale-ausstattung.txt)", report);
        Assert.Contains("skipped   no-date.txt: no date line", report);
        Assert.Contains("6 page(s): 4 created, 0 updated, 0 unchanged, 2 skipped.", report);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(_folder.Path, "out", "news"), "*.md").Length);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Run_without_to_writes_into_the_nearest_knowledge_folder_upward()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "knowledge"));
        var below = Directory.CreateDirectory(Path.Combine(_folder.Path, "somewhere", "deeper")).FullName;

        var exitCode = await ImportCommand.RunAsync([ExportFiles.PathOf("no-einleitung.txt")], new StringWriter(), new StringWriter(), below, CancellationToken.None);

        Assert.Equal(ImportCommand.Success, exitCode);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "knowledge", "news", "2023-03-14-wochenmarkt-zieht-um.md")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("missing.txt")]
    [InlineData("x.txt --to")]
    [InlineData("x.txt --bogus")]
    public async Task Run_bad_command_line_is_a_usage_error_with_a_reason(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var error = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(args, new StringWriter(), error, _folder.Path, CancellationToken.None);

        Assert.Equal(ImportCommand.UsageError, exitCode);
        Assert.NotEmpty(error.ToString());
    }
}
