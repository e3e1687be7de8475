using System.Diagnostics;
using Haltern.Assistant;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Bot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Knowledge;

/// <summary>
/// How the knowledge folder reaches a running bot when it is not edited in place: replaced as a whole, swapped by
/// a link as a Kubernetes volume does, or on a volume that raises no file-system events. Real files, a real index.
/// </summary>
public sealed class KnowledgeFolderFollowerTests : IDisposable
{
    private static readonly TimeSpan s_generous = TimeSpan.FromSeconds(30);
    private readonly TemporaryFolder _root = new();

    public void Dispose() => _root.Dispose();

    private static void WriteArticle(string folder, string name, string title, string date)
    {
        Directory.CreateDirectory(Path.Combine(folder, "news"));
        Directory.CreateDirectory(Path.Combine(folder, "services"));
        File.WriteAllText(Path.Combine(folder, "news", name), $"---\ntitle: {title}\ndate: {date}\n---\nText über {title}.\n");
    }

    /// <summary>A knowledge folder with two articles, at <paramref name="folder"/>.</summary>
    private static string Knowledge(string folder)
    {
        WriteArticle(folder, "2020-06-09-a.md", "Schulen erhalten digitale Ausstattung", "2020-06-09");
        WriteArticle(folder, "2019-05-12-b.md", "Sommerfest im Seestadtpark", "2019-05-12");
        return folder;
    }

    private static (LiveKnowledgeIndexProvider Provider, KnowledgeFolderFollower Follower) Follow(string folder, bool watch, TimeSpan poll, TimeProvider timers)
    {
        var live = Options.Create(new LiveKnowledgeOptions { Watch = watch, PollInterval = poll, ReloadDelayMilliseconds = 200, RetireAfterMilliseconds = 100 });
        var provider = new LiveKnowledgeIndexProvider(
            Options.Create(new KnowledgeOptions { Path = folder }), live, new KnowledgeLoader(), new ContentRoot(folder), NullLoggerFactory.Instance);
        return (provider, new KnowledgeFolderFollower(provider, live, timers, NullLoggerFactory.Instance));
    }

    private static async Task<(LiveKnowledgeIndexProvider Provider, KnowledgeFolderFollower Follower)> StartedAsync(string folder, bool watch, TimeSpan poll, TimeProvider timers)
    {
        var (provider, follower) = Follow(folder, watch, poll, timers);
        await follower.StartAsync(CancellationToken.None);
        await provider.WaitUntilLoadedAsync(CancellationToken.None);
        return (provider, follower);
    }

    private static async Task StopAsync(LiveKnowledgeIndexProvider provider, KnowledgeFolderFollower follower)
    {
        await follower.DisposeAsync();
        await provider.DisposeAsync();
    }

    private static string Newest(LiveKnowledgeIndexProvider provider) => provider.Current.NewestArticles(1).Single().Title;

    /// <summary>Waits until <paramref name="condition"/> holds; false if it did not within <paramref name="limit"/>.</summary>
    private static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> in one step, as <c>rename(2)</c> does (<c>mv -T</c>).</summary>
    private static void RenameOver(string from, string to)
    {
        using var mv = Process.Start(new ProcessStartInfo("mv", ["-T", from, to]) { UseShellExecute = false })!;
        mv.WaitForExit();
        Assert.Equal(0, mv.ExitCode);
    }

    [Fact]
    public async Task A_folder_deleted_and_copied_back_is_watched_again_and_its_new_articles_are_served()
    {
        var folder = Knowledge(Path.Combine(_root.Path, "knowledge"));
        var release = Knowledge(Path.Combine(_root.Path, "release"));
        WriteArticle(release, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        var (provider, follower) = await StartedAsync(folder, watch: true, poll: TimeSpan.Zero, TimeProvider.System);
        try
        {
            // As a deployment replaces the folder: deleted, then copied anew.
            Directory.Delete(folder, recursive: true);
            Copy(release, folder);

            Assert.True(await EventuallyAsync(() => Newest(provider) == "Hallenbad wieder offen", s_generous), "the replaced folder's new article was never served");

            // The watch follows the new folder, not the deleted one: an edit after the replacement arrives too.
            WriteArticle(folder, "2025-02-01-d.md", "Eisbahn eröffnet", "2025-02-01");
            Assert.True(await EventuallyAsync(() => Newest(provider) == "Eisbahn eröffnet", s_generous), "an article added after the replacement was never served");
            Assert.Equal(4, provider.Status.Articles);
            Assert.Null(provider.Status.LastScan?.Problem);
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }

    [Fact]
    public async Task A_link_swapped_as_a_Kubernetes_volume_update_does_is_served()
    {
        // A ConfigMap volume: the content in a timestamped folder, '..data' links to it, the entries link through '..data'.
        var volume = Directory.CreateDirectory(Path.Combine(_root.Path, "volume")).FullName;
        Knowledge(Path.Combine(volume, "..2026_12_06_1"));
        Directory.CreateSymbolicLink(Path.Combine(volume, "..data"), "..2026_12_06_1");
        Directory.CreateSymbolicLink(Path.Combine(volume, "news"), "..data/news");
        Directory.CreateSymbolicLink(Path.Combine(volume, "services"), "..data/services");
        var (provider, follower) = await StartedAsync(volume, watch: true, poll: TimeSpan.Zero, TimeProvider.System);
        try
        {
            Assert.Equal(2, provider.Status.Articles);

            // The update: the new content beside the old, a new link renamed over '..data', the old content removed.
            var next = Knowledge(Path.Combine(volume, "..2026_12_06_2"));
            WriteArticle(next, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            Directory.CreateSymbolicLink(Path.Combine(volume, "..data_tmp"), "..2026_12_06_2");
            RenameOver(Path.Combine(volume, "..data_tmp"), Path.Combine(volume, "..data"));
            Directory.Delete(Path.Combine(volume, "..2026_12_06_1"), recursive: true);

            Assert.True(await EventuallyAsync(() => Newest(provider) == "Hallenbad wieder offen", s_generous), "the swapped-in article was never served");
            Assert.Equal(3, provider.Status.Articles);
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }

    [Fact]
    public async Task A_knowledge_path_that_is_a_link_swapped_to_another_folder_is_served()
    {
        var first = Knowledge(Path.Combine(_root.Path, "release-1"));
        var second = Knowledge(Path.Combine(_root.Path, "release-2"));
        WriteArticle(second, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
        var current = Path.Combine(_root.Path, "current");
        Directory.CreateSymbolicLink(current, first);
        var (provider, follower) = await StartedAsync(current, watch: true, poll: TimeSpan.Zero, TimeProvider.System);
        try
        {
            Directory.CreateSymbolicLink(current + ".next", second);
            RenameOver(current + ".next", current);

            Assert.True(await EventuallyAsync(() => Newest(provider) == "Hallenbad wieder offen", s_generous), "the folder the link names now was never served");

            // And the watch is on the new target: a later edit there arrives.
            WriteArticle(second, "2025-02-01-d.md", "Eisbahn eröffnet", "2025-02-01");
            Assert.True(await EventuallyAsync(() => Newest(provider) == "Eisbahn eröffnet", s_generous), "an edit in the new target was never served");
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }

    [Fact]
    public async Task Without_file_system_events_the_poll_finds_an_added_and_a_deleted_article()
    {
        var folder = Knowledge(Path.Combine(_root.Path, "knowledge"));
        var clock = new FakeTimeProvider();
        var (provider, follower) = await StartedAsync(folder, watch: false, poll: TimeSpan.FromMinutes(1), clock);
        try
        {
            WriteArticle(folder, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            File.Delete(Path.Combine(folder, "news", "2019-05-12-b.md"));
            var generation = provider.Status.Generation;

            clock.Advance(TimeSpan.FromMinutes(1));

            Assert.True(await EventuallyAsync(() => provider.Status.Generation > generation, s_generous), "the poll never reloaded");
            Assert.Equal("Hallenbad wieder offen", Newest(provider));
            Assert.Equal(2, provider.Status.Articles);
            Assert.Null(provider.Current.FindArticle("news/2019-05-12-b.md"));
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }

    [Fact]
    public async Task The_poll_reports_a_folder_gone_and_serves_it_again_when_it_is_back()
    {
        var folder = Knowledge(Path.Combine(_root.Path, "knowledge"));
        var clock = new FakeTimeProvider();
        var (provider, follower) = await StartedAsync(folder, watch: false, poll: TimeSpan.FromMinutes(1), clock);
        try
        {
            var aside = Path.Combine(_root.Path, "aside");
            Directory.Move(folder, aside);
            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(await EventuallyAsync(() => provider.Status.LastScan?.Problem is not null, s_generous), "the missing folder was never reported");
            Assert.Equal("the knowledge folder is missing", provider.Status.LastScan!.Problem);
            Assert.Equal(2, provider.Status.Articles);

            WriteArticle(aside, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            Directory.Move(aside, folder);
            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(await EventuallyAsync(() => provider.Status.LastScan?.Problem is null, s_generous), "the folder back was never scanned");
            Assert.Equal("Hallenbad wieder offen", Newest(provider));
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }

    [Fact]
    public async Task The_watcher_picks_up_an_added_article_and_a_changed_synonym_file()
    {
        var folder = Knowledge(Path.Combine(_root.Path, "knowledge"));
        var (provider, follower) = await StartedAsync(folder, watch: true, poll: TimeSpan.Zero, TimeProvider.System);
        try
        {
            WriteArticle(folder, "2025-01-10-c.md", "Hallenbad wieder offen", "2025-01-10");
            Assert.True(await EventuallyAsync(() => Newest(provider) == "Hallenbad wieder offen", s_generous), "the added article was never served");

            var before = provider.Current;
            File.WriteAllText(Path.Combine(folder, "synonyme.txt"), "Gelbtonne, Wertstofftonne\n");
            Assert.True(await EventuallyAsync(() => !ReferenceEquals(before, provider.Current), s_generous), "the changed synonyms were never picked up");
            Assert.Equal(3, provider.Status.Articles);
        }
        finally
        {
            await StopAsync(provider, follower);
        }
    }
}
