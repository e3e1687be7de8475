using Haltern.Assistant.Search;
using Haltern.Assistant.Knowledge;
using Microsoft.Extensions.Logging;
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

    private LiveKnowledgeIndexProvider Provider(string? indexPath, ILogger<KnowledgeLoader>? loaderLog = null) => new(
        Options.Create(new KnowledgeOptions { Path = Knowledge }),
        Options.Create(new LiveKnowledgeOptions { IndexPath = indexPath ?? string.Empty, RetireAfterMilliseconds = 100 }),
        new KnowledgeLoader(loaderLog),
        new ContentRoot(_root.Path),
        NullLoggerFactory.Instance);

    private static string[] PassagesFor(KnowledgeIndex index, string question)
    {
        var search = new KnowledgeSearch();
        return search.Passages(index, search.Terms(index, question, [])).Select(p => p.Sentence).ToArray();
    }

    private static async Task<LiveKnowledgeIndexProvider> StartedAsync(LiveKnowledgeIndexProvider provider)
    {
        provider.Start();
        await provider.WaitUntilLoadedAsync(CancellationToken.None);
        return provider;
    }

    private string[] Generations() => Directory.GetDirectories(IndexPath, "gen-*").Select(Path.GetFileName).OfType<string>().Order().ToArray();

    [Fact]
    public async Task Status_before_start_is_loading_and_current_waits_for_the_first_index()
    {
        await using var provider = Provider(null);
        Assert.Equal(KnowledgeState.Loading, provider.Status.State);

        var current = Task.Run(() => provider.Current);
        provider.Start();
        var index = await current.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, index.Knowledge.Articles.Count);
        Assert.Equal(KnowledgeState.Ready, provider.Status.State);
        Assert.Equal(1, provider.Status.Generation);
    }

    [Fact]
    public async Task Reload_builds_a_new_index_beside_the_serving_one_and_swaps_it()
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
    public async Task Reload_files_changed_added_and_deleted_updates_the_index_in_place_and_the_knowledge_agrees_with_it()
    {
        await using var provider = await StartedAsync(Provider(IndexPath));
        var before = provider.Current;
        var generation = Assert.Single(Generations());

        File.WriteAllText(Path.Combine(Knowledge, "news", "2020-06-09-a.md"), "---\ntitle: Schulen erhalten Tablets\ndate: 2020-06-09\n---\nJede Klasse bekommt Tablets.\n");
        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        File.Delete(Path.Combine(Knowledge, "news", "2019-05-12-b.md"));
        await provider.ReloadAsync(CancellationToken.None);

        var after = provider.Current;
        Assert.NotSame(before, after);
        Assert.Equal(["Schulen erhalten digitale Ausstattung", "Sommerfest im Seestadtpark"], before.NewestArticles(5).Select(a => a.Title)); // until it is retired
        Assert.Equal([generation], Generations()); // updated in place, not built beside
        Assert.Equal(2, provider.Status.Generation);
        Assert.Equal(2, provider.Status.Articles);
        Assert.Equal(["Hallenbad wieder offen", "Schulen erhalten Tablets"], after.NewestArticles(5).Select(a => a.Title));
        Assert.Equal(["news/2020-06-09-a.md", "news/2025-01-10-c.md"], after.Knowledge.Articles.Select(a => a.Id));
        Assert.Contains("Jede Klasse bekommt Tablets.", PassagesFor(after, "Tablets für jede Klasse"));
        Assert.Empty(PassagesFor(after, "Sommerfest im Seestadtpark")); // the deleted file's sentences are gone
        Assert.Empty(PassagesFor(after, "digitale Ausstattung")); // and the changed file's old ones
        Assert.Null(after.FindArticle("news/2019-05-12-b.md"));

    }

    [Fact]
    public async Task Reload_file_touched_not_changed_keeps_the_serving_index()
    {
        await using var provider = await StartedAsync(Provider(null));
        var before = provider.Current;

        File.SetLastWriteTimeUtc(Path.Combine(Knowledge, "news", "2020-06-09-a.md"), DateTime.UtcNow.AddMinutes(1));
        await provider.ReloadAsync(CancellationToken.None);

        Assert.Same(before, provider.Current);
        Assert.Equal(1, provider.Status.Generation);
    }

    [Fact]
    public async Task Reload_file_broken_by_an_edit_is_skipped_and_logged_with_line_and_reason_and_the_rest_keeps_serving()
    {
        var log = new CapturingLogger<KnowledgeLoader>();
        await using var provider = await StartedAsync(Provider(IndexPath, loaderLog: log));

        File.WriteAllText(Path.Combine(Knowledge, "news", "2019-05-12-b.md"), "---\ntitle: Sommerfest im Seestadtpark\ndate: 2019-05-32\n---\nText.\n");
        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        await provider.ReloadAsync(CancellationToken.None);

        var skipped = Assert.Single(provider.Status.Skipped);
        Assert.Equal(("news/2019-05-12-b.md", 3), (skipped.Path, skipped.Line));
        Assert.Contains("date", skipped.Reason, StringComparison.Ordinal);
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("news/2019-05-12-b.md", warning.Text, StringComparison.Ordinal);
        Assert.Contains("line 3", warning.Text, StringComparison.Ordinal);
        Assert.Contains(skipped.Reason, warning.Text, StringComparison.Ordinal);
        Assert.Equal(2, provider.Status.Articles);
        Assert.Equal(["Hallenbad wieder offen", "Schulen erhalten digitale Ausstattung"], provider.Current.NewestArticles(5).Select(a => a.Title));
        Assert.Empty(PassagesFor(provider.Current, "Sommerfest im Seestadtpark"));

        WriteArticle("2019-05-12-b.md", "Sommerfest im Seestadtpark", "2019-05-12");
        await provider.ReloadAsync(CancellationToken.None);

        Assert.Empty(provider.Status.Skipped);
        Assert.Equal(3, provider.Status.Articles);
        Assert.NotEmpty(PassagesFor(provider.Current, "Sommerfest im Seestadtpark"));
    }

    [Fact]
    public async Task Index_path_restart_after_updates_reuses_the_updated_index_and_answers_the_same()
    {
        string[] answered;
        await using (var first = await StartedAsync(Provider(IndexPath)))
        {
            WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            await first.ReloadAsync(CancellationToken.None);
            File.Delete(Path.Combine(Knowledge, "news", "2019-05-12-b.md"));
            await first.ReloadAsync(CancellationToken.None);
            answered = PassagesFor(first.Current, "Hallenbad offen");
            Assert.Equal(3, first.Status.Generation);
        }

        var generations = Generations();
        await using var second = await StartedAsync(Provider(IndexPath));

        Assert.True(second.Status.FromDisk);
        Assert.Equal(generations, Generations());
        Assert.NotEmpty(answered);
        Assert.Equal(answered, PassagesFor(second.Current, "Hallenbad offen"));
        Assert.Empty(PassagesFor(second.Current, "Sommerfest im Seestadtpark"));
        Assert.Equal(["Hallenbad wieder offen", "Schulen erhalten digitale Ausstattung"], second.Current.NewestArticles(5).Select(a => a.Title));
    }

    [Fact]
    public async Task Index_path_change_while_the_bot_was_stopped_is_built_anew_not_reused_stale()
    {
        await using (var first = await StartedAsync(Provider(IndexPath)))
        {
            WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            await first.ReloadAsync(CancellationToken.None);
        }

        WriteArticle("2025-01-11-d.md", "Eisbahn eröffnet", "2025-01-11");
        await using var second = await StartedAsync(Provider(IndexPath));

        Assert.False(second.Status.FromDisk);
        Assert.Equal("Eisbahn eröffnet", second.Current.NewestArticles(1).Single().Title);
        Assert.NotEmpty(PassagesFor(second.Current, "Eisbahn"));
    }

    [Fact]
    public async Task Index_path_crash_during_an_update_leaves_an_index_that_opens_and_the_folder_is_served()
    {
        await using (var first = await StartedAsync(Provider(IndexPath)))
        {
            WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            await first.ReloadAsync(CancellationToken.None);
        }

        // What a crash in the middle of the next commit leaves: a segments file that was never completed.
        var generation = Path.Combine(IndexPath, Assert.Single(Generations()));
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz"; // Lucene numbers commits in base 36
        var last = Directory.GetFiles(generation, "segments_*").Select(Path.GetFileName).OfType<string>()
            .Max(name => name["segments_".Length..].Aggregate(0L, (n, c) => (n * 36) + Digits.IndexOf(c, StringComparison.Ordinal)));
        var next = string.Empty;
        for (var n = last + 1; n > 0; n /= 36)
        {
            next = Digits[(int)(n % 36)] + next;
        }

        File.WriteAllBytes(Path.Combine(generation, "segments_" + next), [0x3f, 0xd7, 0x6c]);
        WriteArticle("2025-01-11-d.md", "Eisbahn eröffnet", "2025-01-11");

        await using var restarted = await StartedAsync(Provider(IndexPath));

        Assert.Equal(KnowledgeState.Ready, restarted.Status.State);
        Assert.Equal(4, restarted.Status.Articles);
        Assert.Equal(["Eisbahn eröffnet", "Hallenbad wieder offen"], restarted.Current.NewestArticles(2).Select(a => a.Title));
        Assert.NotEmpty(PassagesFor(restarted.Current, "Eisbahn"));
    }

    [Fact]
    public async Task Broken_files_are_skipped_with_line_and_reason_and_the_rest_served()
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
    public async Task Index_path_restart_with_unchanged_folder_opens_the_index_from_disk()
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
    public async Task Index_path_restart_with_changed_folder_builds_a_new_generation_and_drops_the_old()
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
    public async Task Index_path_crash_during_a_rebuild_leaves_the_last_complete_index_openable()
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
    public async Task Index_path_pointer_to_a_damaged_generation_is_rebuilt_not_fatal()
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
    public async Task A_folder_gone_while_serving_keeps_the_index_serving_and_the_status_says_why()
    {
        await using var provider = await StartedAsync(Provider(null));
        var serving = provider.Current;
        var moved = Path.Combine(_root.Path, "moved-away");

        Directory.Move(Knowledge, moved);
        Assert.False(await provider.ReloadAsync(CancellationToken.None));

        Assert.Same(serving, provider.Current);
        Assert.Equal(KnowledgeState.Ready, provider.Status.State);
        Assert.Equal(2, provider.Status.Articles);
        Assert.Equal("the knowledge folder is missing", provider.Status.LastScan?.Problem);
        Assert.DoesNotContain(_root.Path, provider.Status.LastScan?.Problem, StringComparison.Ordinal);

        Directory.Move(moved, Knowledge);
        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        Assert.True(await provider.ReloadAsync(CancellationToken.None));

        Assert.Equal(new KnowledgeScan(provider.Status.LastScan!.At, null, false), provider.Status.LastScan);
        Assert.Equal("Hallenbad wieder offen", provider.Current.NewestArticles(1).Single().Title);
    }

    [Fact]
    public async Task Changes_that_cannot_be_indexed_leave_the_old_index_serving_and_the_status_stale_until_they_can()
    {
        await using var provider = await StartedAsync(Provider(IndexPath));

        // The index folder turned into a file: neither the update in place nor a rebuild beside it can be written.
        Directory.Delete(IndexPath, recursive: true);
        File.WriteAllText(IndexPath, "not a folder");
        WriteArticle("2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        Assert.False(await provider.ReloadAsync(CancellationToken.None));

        Assert.Equal(KnowledgeState.Ready, provider.Status.State);
        Assert.Equal(2, provider.Status.Articles);
        Assert.True(provider.Status.LastScan?.Stale);
        Assert.StartsWith("the changes found could not be indexed", provider.Status.LastScan?.Problem, StringComparison.Ordinal);
        Assert.Equal("Schulen erhalten digitale Ausstattung", provider.Current.NewestArticles(1).Single().Title);

        File.Delete(IndexPath);
        Assert.True(await provider.ReloadAsync(CancellationToken.None));

        Assert.False(provider.Status.LastScan?.Stale);
        Assert.Null(provider.Status.LastScan?.Problem);
        Assert.Equal("Hallenbad wieder offen", provider.Current.NewestArticles(1).Single().Title);
    }

    [Fact]
    public async Task Missing_folder_stops_the_start_and_names_the_folder()
    {
        var missing = Path.Combine(_root.Path, "nowhere");
        await using var provider = new LiveKnowledgeIndexProvider(
            Options.Create(new KnowledgeOptions { Path = missing }),
            Options.Create(new LiveKnowledgeOptions()),
            new KnowledgeLoader(),
            new ContentRoot(_root.Path),
            NullLoggerFactory.Instance);

        var error = Assert.Throws<DirectoryNotFoundException>(provider.Start);
        var current = Assert.Throws<InvalidOperationException>(() => provider.Current);

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, current.Message, StringComparison.Ordinal);
        Assert.Equal(KnowledgeState.Failed, provider.Status.State);
        Assert.NotNull(provider.Status.Problem);
    }
}

/// <summary>Keeps what is logged, to check what a warning names (a real logger, not a mock).</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Text)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
