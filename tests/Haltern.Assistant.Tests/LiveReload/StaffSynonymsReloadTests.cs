using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant.Tests.LiveReload;

/// <summary>The staff's synonyms (<c>synonyme.txt</c> in the knowledge folder) are read at start and on a reload.</summary>
public sealed class StaffSynonymsReloadTests : IDisposable
{
    private readonly TemporaryFolder _root = new();

    public StaffSynonymsReloadTests()
    {
        Directory.CreateDirectory(Path.Combine(Knowledge, "news"));
        Directory.CreateDirectory(Path.Combine(Knowledge, "services"));
        File.WriteAllText(Path.Combine(Knowledge, "news", "2025-03-01-tonne.md"),
            "---\ntitle: Neue Abholtermine\ndate: 2025-03-01\n---\nDie Wertstofftonne wird ab April alle zwei Wochen geleert.\n");
    }

    private string Knowledge => Path.Combine(_root.Path, "knowledge");

    private string SynonymFile => Path.Combine(Knowledge, StaffSynonyms.FileName);

    public void Dispose() => _root.Dispose();

    private LiveKnowledgeIndexProvider Provider() => new(
        Options.Create(new KnowledgeOptions { Path = Knowledge }),
        Options.Create(new LiveKnowledgeOptions { RetireAfterMilliseconds = 100 }),
        new KnowledgeLoader(),
        new ContentRoot(_root.Path),
        NullLoggerFactory.Instance);

    private static string[] Answers(KnowledgeIndex index, string question)
    {
        var search = new KnowledgeSearch();
        return search.Passages(index, search.Terms(index, question, [])).Select(p => p.Sentence).ToArray();
    }

    private const string Sentence = "Die Wertstofftonne wird ab April alle zwei Wochen geleert.";

    [Fact]
    public async Task A_synonym_line_added_by_the_staff_is_used_after_a_reload()
    {
        await using var provider = Provider();
        provider.Start();
        await provider.WaitUntilLoadedAsync(CancellationToken.None);
        Assert.DoesNotContain(Sentence, Answers(provider.Current, "Gelbtonne"));

        File.WriteAllText(SynonymFile, "# Wörter der Bürgerinnen und Bürger\nGelbtonne, Wertstofftonne\n");
        await provider.ReloadAsync(CancellationToken.None);

        Assert.Contains(Sentence, Answers(provider.Current, "Gelbtonne"));
        Assert.Empty(provider.Status.Skipped);
    }

    [Fact]
    public async Task A_broken_line_is_reported_with_file_and_line_and_the_rest_is_used()
    {
        File.WriteAllText(SynonymFile, "Gelbtonne, Wertstofftonne\nSperrmüll\nGelbe Tonne, Wertstofftonne\n");
        await using var provider = Provider();
        provider.Start();
        await provider.WaitUntilLoadedAsync(CancellationToken.None);

        Assert.Contains(Sentence, Answers(provider.Current, "Gelbtonne"));
        Assert.Equal([(StaffSynonyms.FileName, (int?)2), (StaffSynonyms.FileName, 3)], provider.Status.Skipped.Select(s => (s.Path, s.Line)));
    }
}
