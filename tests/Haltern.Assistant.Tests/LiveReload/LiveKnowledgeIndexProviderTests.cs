using Haltern.Assistant.Search;
using Haltern.Assistant.Tests.Import;
using Haltern.Assistant.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant.Tests.LiveReload;

public sealed class LiveKnowledgeIndexProviderTests : IDisposable
{
    private readonly TemporaryFolder _root = new();

    public LiveKnowledgeIndexProviderTests()
    {
        Directory.CreateDirectory(Path.Combine(Knowledge, "news"));
        Directory.CreateDirectory(Path.Combine(Knowledge, "services"));
        WriteArticle("2020-06-09-a.md", "Schulen erhalten digitale Ausstattung", "2020-06-09");
        WriteArticle("2019-05-12-b.md", "Sommerfest im Seestadtpark", "2019-05-12");
    }

    private string Knowledge => Path.Combine(_root.Path, "knowledge");

    private string IndexPath => Path.Combine(_root.Path, "index");

    public void Dispose() => _root.Dispose();

    private void WriteArticle(string name, string title, string date) =>
        File.WriteAllText(Path.Combine(Knowledge, "news", name), $"---\ntitle: {title}\ndate: {date}\n---\nText über {title}.\n");

    private LiveKnowledgeIndexProvider Provider(string? indexPath, bool watch = false) => new(
        Options.Create(new KnowledgeOptions { Path = Knowledge }),
        Options.Create(new LiveKnowledgeOptions { IndexPath = indexPath ?? string.Empty, Watch = watch, ReloadDelayMilliseconds = 200, RetireAfterMilliseconds = 100 }),
        new KnowledgeLoader(),
        new ContentRoot(_root.Path),
        NullLoggerFactory.Instance);

    private static async Task<LiveKnowledgeIndexProvider> StartedAsync(LiveKnowledgeIndexProvider provider)
    {
        await provider.StartAsync(CancellationToken.None);
        await provider.WaitUntilLoadedAsync(CancellationToken.None);
        return provider;
    }

    private string[] Generations() => Directory.GetDirectories(IndexPath, "gen-*").Select(Path.GetFileName).OfType<string>().Order().ToArray();

    [Fact]
    public async Task Status_BeforeStart_IsLoading_AndCurrentWaitsForTheFirstIndex()
    {
        await using var provider = Provider(null);
        Assert.Equal(KnowledgeState.Loading, provider.Status.State);

        var current = Task.Run(() => provider.Current);
        await provider.StartAsync(CancellationToken.None);
        var index = await current.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, index.Knowledge.Articles.Count);
        Assert.Equal(KnowledgeState.Ready, provider.Status.State);
        Assert.Equal(1, provider.Status.Generation);
    }

    [Fact]
    public async Task Reload_BuildsANewIndexBesideTheServingOne_AndSwapsIt()
    {
        await using var provider = await StartedAsync(Provider(null));
        var before = provider.Current;

        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        await provider.ReloadAsync(CancellationToken.None);

        Assert.NotSame(before, provider.Current);
        Assert.Equal("Hallenbad wieder offen", provider.Current.NewestArticles(1).Single().Title);
        Assert.Equal(2, before.NewestArticles(5).Count); // the replaced index still answers until it is retired
        Assert.Equal(3, provider.Status.Articles);
        Assert.Equal(2, provider.Status.Generation);
    }

    [Fact]
    public async Task BrokenFiles_AreSkippedWithLineAndReason_AndTheRestServed()
    {
        File.WriteAllText(Path.Combine(Knowledge, "news", "2024-02-30-kaputt.md"), "---\ntitle: Kaputt\ndate: 2024-02-30\n---\nText.\n");
        File.WriteAllText(Path.Combine(Knowledge, "news", "2024-01-01-unclosed.md"), "---\ntitle: [Kaputt\ndate: 2024-01-01\n---\nText.\n");
        File.WriteAllBytes(Path.Combine(Knowledge, "news", "2024-03-01-latin1.md"), [.. "---\ntitle: B"u8, 0xFC, .. "rger\ndate: 2024-03-01\n---\nx\n"u8]);

        await using var provider = await StartedAsync(Provider(null));

        Assert.Equal(2, provider.Status.Articles);
        var skipped = provider.Status.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        Assert.Equal(["news/2024-01-01-unclosed.md", "news/2024-02-30-kaputt.md", "news/2024-03-01-latin1.md"], skipped.Select(s => s.Path));
        Assert.Contains("YAML", skipped[0].Reason);
        Assert.Equal(3, skipped[1].Line);
        Assert.Contains("date", skipped[1].Reason);
        Assert.Contains("UTF-8", skipped[2].Reason);
    }

    [Fact]
    public async Task IndexPath_RestartWithUnchangedFolder_OpensTheIndexFromDisk()
    {
        await using (var first = await StartedAsync(Provider(IndexPath)))
        {
            Assert.False(first.Status.FromDisk);
        }

        var generations = Generations();
        await using var second = await StartedAsync(Provider(IndexPath));

        Assert.True(second.Status.FromDisk);
        Assert.Equal(generations, Generations());
        Assert.Equal("Schulen erhalten digitale Ausstattung", second.Current.NewestArticles(1).Single().Title);
    }

    [Fact]
    public async Task IndexPath_RestartWithChangedFolder_BuildsANewGenerationAndDropsTheOld()
    {
        await using (await StartedAsync(Provider(IndexPath)))
        {
        }

        var old = Assert.Single(Generations());
        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        await using var second = await StartedAsync(Provider(IndexPath));

        Assert.False(second.Status.FromDisk);
        Assert.Equal("Hallenbad wieder offen", second.Current.NewestArticles(1).Single().Title);
        Assert.DoesNotContain(old, Generations());
        Assert.Single(Generations());
    }

    [Fact]
    public async Task IndexPath_CrashDuringARebuild_LeavesTheLastCompleteIndexOpenable()
    {
        await using (await StartedAsync(Provider(IndexPath)))
        {
        }

        // What a crash mid-build leaves: a generation folder with half an index that the pointer never named.
        var complete = Assert.Single(Generations());
        var unfinished = Directory.CreateDirectory(Path.Combine(IndexPath, "gen-29991231T235959999-dead00")).FullName;
        File.WriteAllBytes(Path.Combine(unfinished, "_0.cfs"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(unfinished, "segments_1"), [0, 0]);

        await using var restarted = await StartedAsync(Provider(IndexPath));

        Assert.True(restarted.Status.FromDisk);
        Assert.Equal(2, restarted.Current.NewestArticles(5).Count);
        Assert.Equal([complete], Generations());
    }

    [Fact]
    public async Task IndexPath_PointerToADamagedGeneration_IsRebuiltNotFatal()
    {
        await using (await StartedAsync(Provider(IndexPath)))
        {
        }

        var generation = Path.Combine(IndexPath, Assert.Single(Generations()));
        foreach (var file in Directory.GetFiles(generation))
        {
            File.Delete(file);
        }

        await using var restarted = await StartedAsync(Provider(IndexPath));

        Assert.Equal(KnowledgeState.Ready, restarted.Status.State);
        Assert.False(restarted.Status.FromDisk);
        Assert.Equal(2, restarted.Current.NewestArticles(5).Count);
    }

    [Fact]
    public async Task Watch_FileAddedWhileServing_IsServedWithinSeconds()
    {
        await using var provider = await StartedAsync(Provider(IndexPath, watch: true));

        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (provider.Status.Articles != 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(3, provider.Status.Articles);
        Assert.Equal("Hallenbad wieder offen", provider.Current.NewestArticles(1).Single().Title);
    }

    [Fact]
    public async Task MissingFolder_StopsTheStartAndNamesTheFolder()
    {
        var missing = Path.Combine(_root.Path, "nowhere");
        await using var provider = new LiveKnowledgeIndexProvider(
            Options.Create(new KnowledgeOptions { Path = missing }),
            Options.Create(new LiveKnowledgeOptions()),
            new KnowledgeLoader(),
            new ContentRoot(_root.Path),
            NullLoggerFactory.Instance);

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => provider.StartAsync(CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
