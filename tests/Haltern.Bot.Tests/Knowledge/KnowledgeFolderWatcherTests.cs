using Haltern.Bot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Knowledge;

public sealed class KnowledgeFolderWatcherTests : IAsyncDisposable
{
    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(800);
    private readonly TemporaryFolder _folder = new();
    private int _callbacks;

    public KnowledgeFolderWatcherTests() => Directory.CreateDirectory(Path.Combine(_folder.Path, "news"));

    private KnowledgeFolderWatcher Watch() => new(_folder.Path, s_quiet, TimeSpan.FromSeconds(20), _ =>
    {
        Interlocked.Increment(ref _callbacks);
        return Task.CompletedTask;
    }, TimeProvider.System, NullLogger.Instance);

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<int> CallbacksAfterQuietAsync()
    {
        // Long enough for the events to arrive and the quiet period to pass, on a busy machine too.
        await Task.Delay(s_quiet * 4);
        return Volatile.Read(ref _callbacks);
    }

    [Fact]
    public async Task Folder_copied_in_gives_one_callback()
    {
        await using var watcher = Watch();

        using var source = new TemporaryFolder();
        for (var i = 0; i < 60; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(source.Path, $"2024-01-{i % 28 + 1:D2}-artikel-{i}.md"), $"---\ntitle: Artikel {i}\ndate: 2024-01-01\n---\nText {i}.\n");
        }

        foreach (var file in Directory.GetFiles(source.Path))
        {
            File.Copy(file, Path.Combine(_folder.Path, "news", Path.GetFileName(file)));
        }

        Assert.Equal(1, await CallbacksAfterQuietAsync());
    }

    [Fact]
    public async Task Changes_after_a_quiet_period_give_another_callback_deletions_too()
    {
        await using var watcher = Watch();
        var file = Path.Combine(_folder.Path, "news", "2024-01-01-a.md");

        await File.WriteAllTextAsync(file, "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
        Assert.Equal(1, await CallbacksAfterQuietAsync());

        File.Delete(file);
        Assert.Equal(2, await CallbacksAfterQuietAsync());
    }

    [Fact]
    public async Task Temporary_and_hidden_files_are_ignored()
    {
        await using var watcher = Watch();

        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "news", "artikel.md.import-tmp"), "x");
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "news", ".artikel.md.swp"), "x");
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "news", "notiz.txt"), "x");

        Assert.Equal(0, await CallbacksAfterQuietAsync());
    }
}
