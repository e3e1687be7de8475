using System.Net;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Knowledge;

/// <summary>Staff edit the knowledge folder while the bot runs; citizens ask over real HTTP.</summary>
[Collection(RealServerCollection.Name)]
public sealed class LiveReloadTests : IDisposable
{
    private const string Question = "Was kostet der Eintritt im Hallenbad am Stausee?";
    private const string NewArticle = """
        ---
        title: Hallenbad am Stausee wieder geöffnet
        date: 2025-01-10
        teaser: Nach der Sanierung ist das Hallenbad am Stausee wieder geöffnet.
        ---
        Der Eintritt im Hallenbad kostet 4,50 Euro für Erwachsene.
        """;

    private static readonly TimeSpan s_withinSeconds = TimeSpan.FromSeconds(10);
    private readonly KnowledgeCopy _knowledge = new();

    public void Dispose() => _knowledge.Dispose();

    private BotApplicationFactory Factory() => new(_knowledge.Path, settings: Settings());

    /// <summary>A quick reload, and no per-client rate limit: the tests ask from 127.0.0.1 as fast as they can.</summary>
    private static Dictionary<string, string?> Settings(string? indexPath = null) => new()
    {
        ["Knowledge:ReloadDelayMilliseconds"] = "300",
        ["Knowledge:IndexPath"] = indexPath,
        ["RateLimiting:PermitsPerMinute"] = "100000000",
        ["RateLimiting:Burst"] = "100000000",
    };

    private static int Shipped(string folder) => Directory.GetFiles(Path.Combine(RepositoryPaths.Knowledge, folder), "*.md").Length;

    private static async Task<string> AskAsync(HttpClient http, string text) =>
        string.Join("\n", (await new EmulatorClient(http).SayAsync(text)).Select(EmulatorClient.Visible));

    /// <summary>Waits for <c>/health/ready</c> to answer 200 with the knowledge loaded; returns its <c>knowledge</c> check.</summary>
    private static async Task<JsonObject> ReadyAsync(HttpClient http)
    {
        JsonObject? body = null;
        var ready = await RealServer.WithinAsync(TimeSpan.FromSeconds(30), async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return response.StatusCode == HttpStatusCode.OK && body["checks"]?["knowledge"]?["state"]?.GetValue<string>() == "ready";
        });
        Assert.True(ready is not null, $"/health/ready never said ready: {body}");
        return body!["checks"]!["knowledge"]!.AsObject();
    }

    [Fact]
    public async Task Article_added_then_deleted_while_the_bot_runs_is_answered_then_no_longer_within_seconds_and_no_question_fails()
    {
        await using var factory = Factory();
        using var http = RealServer.Start(factory);
        await ReadyAsync(http);
        Assert.DoesNotContain("4,50 Euro", await AskAsync(http, Question));

        // Citizens keep asking while the index is updated and swapped.
        using var stop = new CancellationTokenSource();
        var citizens = new Citizens(http, stop.Token);

        var file = Path.Combine(_knowledge.Path, "news", "2025-01-10-hallenbad-wieder-geoeffnet.md");
        await File.WriteAllTextAsync(file, NewArticle);
        var added = await RealServer.WithinAsync(s_withinSeconds, async () => (await AskAsync(http, Question)).Contains("4,50 Euro", StringComparison.Ordinal));

        File.Delete(file);
        var removed = await RealServer.WithinAsync(s_withinSeconds, async () => !(await AskAsync(http, Question)).Contains("4,50 Euro", StringComparison.Ordinal));

        await stop.CancelAsync();
        await citizens.Asking;
        Assert.True(added is not null, "the new article was not answered within 10 s");
        Assert.True(removed is not null, "the deleted article was still answered after 10 s");
        Assert.True(citizens.Asked > 0);
        Assert.Empty(citizens.Failures);
        var health = await ReadyAsync(http);
        Assert.Equal(Shipped("news"), health["articles"]!.GetValue<int>());
        Assert.True(health["generation"]!.GetValue<int>() >= 3, health.ToJsonString());
    }

    [Fact]
    public async Task Service_changed_while_the_bot_runs_answers_the_new_number()
    {
        await using var factory = Factory();
        using var http = RealServer.Start(factory);
        await ReadyAsync(http);
        var file = Path.Combine(_knowledge.Path, "services", "buergerbuero.md");

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("933-180", "933-999", StringComparison.Ordinal));

        var changed = await RealServer.WithinAsync(s_withinSeconds, async () => (await AskAsync(http, "Wie erreiche ich das Bürgerbüro?")).Contains("933-999", StringComparison.Ordinal));
        Assert.True(changed is not null, "the changed number was not answered within 10 s");
    }

    [Fact]
    public async Task Broken_files_are_listed_in_health_with_line_and_reason_without_content_and_the_rest_is_answered()
    {
        var news = Path.Combine(_knowledge.Path, "news");
        await File.WriteAllTextAsync(Path.Combine(news, "2024-01-01-bad-yaml.md"), "---\ntitle: [GEHEIMTEXT\ndate: 2024-01-01\n---\nGEHEIMTEXT\n");
        await File.WriteAllTextAsync(Path.Combine(news, "2024-01-02-no-title.md"), "---\ndate: 2024-01-02\n---\nGEHEIMTEXT\n");
        await File.WriteAllTextAsync(Path.Combine(news, "2024-02-30-impossible.md"), "---\ntitle: GEHEIMTEXT\ndate: 2024-02-30\n---\nGEHEIMTEXT\n");
        await File.WriteAllTextAsync(Path.Combine(news, "2024-01-03-no-front-matter.md"), "GEHEIMTEXT ohne Kopf\n");
        await File.WriteAllBytesAsync(Path.Combine(news, "2024-01-04-latin1.md"), [.. "---\ntitle: B"u8, 0xFC, .. "rger GEHEIMTEXT\ndate: 2024-01-04\n---\nx\n"u8]);
        await File.WriteAllTextAsync(Path.Combine(_knowledge.Path, "services", "bad-title.md"), "---\ntitle: [GEHEIMTEXT\n---\nGEHEIMTEXT\n");
        await File.WriteAllTextAsync(Path.Combine(_knowledge.Path, "services", "bad-hours.md"), "---\ntitle: Amt\nhours:\n  - Mo 08:00-12:00\n  - Montag früh\n---\nGEHEIMTEXT\n");

        await using var factory = Factory();
        using var http = RealServer.Start(factory);
        var health = await ReadyAsync(http);

        Assert.Equal(Shipped("news"), health["articles"]!.GetValue<int>());
        Assert.Equal(Shipped("services") + 1, health["services"]!.GetValue<int>()); // a bad hours entry skips the entry, not the file
        var skipped = health["skipped"]!.AsArray().Select(s => s!.AsObject()).ToDictionary(s => s["file"]!.GetValue<string>());
        Assert.Equal(
            ["news/2024-01-01-bad-yaml.md", "news/2024-01-02-no-title.md", "news/2024-01-03-no-front-matter.md", "news/2024-01-04-latin1.md", "news/2024-02-30-impossible.md", "services/bad-title.md"],
            skipped.Keys.Order(StringComparer.Ordinal));
        Assert.All(skipped.Values, s => Assert.False(string.IsNullOrWhiteSpace(s["reason"]!.GetValue<string>())));
        Assert.Equal(3, skipped["news/2024-02-30-impossible.md"]["line"]!.GetValue<int>());
        var entry = Assert.Single(health["skippedEntries"]!.AsArray())!.AsObject();
        Assert.Equal("services/bad-hours.md", entry["file"]!.GetValue<string>());
        Assert.Equal(5, entry["line"]!.GetValue<int>());
        Assert.DoesNotContain("GEHEIMTEXT", health.ToJsonString());
        Assert.Contains("933-180", await AskAsync(http, "Wie erreiche ich das Bürgerbüro?"));
        Assert.Contains("950.000 Euro", await AskAsync(http, "Wie viel kostet die digitale Ausstattung der Schulen?"));
    }

    [Fact]
    public async Task File_broken_then_fixed_while_the_bot_runs_is_skipped_then_served()
    {
        await using var factory = Factory();
        using var http = RealServer.Start(factory);
        await ReadyAsync(http);
        var file = Path.Combine(_knowledge.Path, "news", "2025-01-10-hallenbad-wieder-geoeffnet.md");

        await File.WriteAllTextAsync(file, NewArticle.Replace("date: 2025-01-10", "date: 2025-13-10", StringComparison.Ordinal));
        var listed = await RealServer.WithinAsync(s_withinSeconds, async () => (await ReadyAsync(http))["skipped"]!.AsArray().Count == 1);
        Assert.True(listed is not null, "the broken file was not listed as skipped");
        Assert.DoesNotContain("4,50 Euro", await AskAsync(http, Question));

        await File.WriteAllTextAsync(file, NewArticle);
        var served = await RealServer.WithinAsync(s_withinSeconds, async () => (await AskAsync(http, Question)).Contains("4,50 Euro", StringComparison.Ordinal));
        Assert.True(served is not null, "the fixed file was not answered within 10 s");
        Assert.Empty((await ReadyAsync(http))["skipped"]!.AsArray());
    }

    [Fact]
    public async Task Index_path_restart_on_an_unchanged_folder_reuses_the_index_on_disk()
    {
        using var index = new KnowledgeCopy();
        var settings = Settings(Path.Combine(index.Path, "lucene"));

        await using (var first = new BotApplicationFactory(_knowledge.Path, settings: settings))
        {
            using var http = RealServer.Start(first);
            Assert.False((await ReadyAsync(http))["fromDisk"]!.GetValue<bool>());
        }

        await using var second = new BotApplicationFactory(_knowledge.Path, settings: settings);
        using var again = RealServer.Start(second);
        Assert.True((await ReadyAsync(again))["fromDisk"]!.GetValue<bool>());
        Assert.Contains("950.000 Euro", await AskAsync(again, "Wie viel kostet die digitale Ausstattung der Schulen?"));
    }

    [Fact]
    public async Task Index_path_edit_add_and_delete_in_one_burst_are_answered_after_one_update_and_a_restart_answers_the_same()
    {
        const string Cost = "Wie viel kostet die digitale Ausstattung der Schulen?";
        const string Lanterns = "Wann startet der Laternenumzug in Sythen?";
        using var index = new KnowledgeCopy();
        var settings = Settings(Path.Combine(index.Path, "lucene"));
        var news = Path.Combine(_knowledge.Path, "news");
        var shipped = Assert.Single(Directory.GetFiles(news, "*.md"));
        var doomed = Path.Combine(news, "2024-11-02-laternenumzug.md");
        await File.WriteAllTextAsync(doomed, "---\ntitle: Laternenumzug in Sythen\ndate: 2024-11-02\n---\nDer Laternenumzug in Sythen startet um 17:30 Uhr an der Kirche.\n");

        await using (var first = new BotApplicationFactory(_knowledge.Path, settings: settings))
        {
            using var http = RealServer.Start(first);
            var generation = (await ReadyAsync(http))["generation"]!.GetValue<int>();
            Assert.Contains("17:30", await AskAsync(http, Lanterns));
            Assert.Contains("950.000 Euro", await AskAsync(http, Cost));

            using var stop = new CancellationTokenSource();
            var citizens = new Citizens(http, stop.Token);

            // One burst, as staff saving three files: a change, a new article, a deletion.
            await File.WriteAllTextAsync(shipped, (await File.ReadAllTextAsync(shipped)).Replace("950.000 Euro", "975.000 Euro", StringComparison.Ordinal));
            await File.WriteAllTextAsync(Path.Combine(news, "2025-01-10-hallenbad-wieder-geoeffnet.md"), NewArticle);
            File.Delete(doomed);
            var updated = await RealServer.WithinAsync(s_withinSeconds, async () =>
                (await AskAsync(http, Question)).Contains("4,50 Euro", StringComparison.Ordinal)
                && (await AskAsync(http, Cost)).Contains("975.000 Euro", StringComparison.Ordinal)
                && !(await AskAsync(http, Lanterns)).Contains("17:30", StringComparison.Ordinal));

            await stop.CancelAsync();
            await citizens.Asking;
            Assert.True(updated is not null, "the three changes were not all answered within 10 s");
            Assert.True(citizens.Asked > 0);
            Assert.Empty(citizens.Failures);
            var health = await ReadyAsync(http);
            Assert.Equal(generation + 1, health["generation"]!.GetValue<int>());
            Assert.Equal(Shipped("news") + 1, health["articles"]!.GetValue<int>());
        }

        await using var second = new BotApplicationFactory(_knowledge.Path, settings: settings);
        using var again = RealServer.Start(second);
        Assert.True((await ReadyAsync(again))["fromDisk"]!.GetValue<bool>());
        Assert.Contains("4,50 Euro", await AskAsync(again, Question));
        Assert.Contains("975.000 Euro", await AskAsync(again, Cost));
        Assert.DoesNotContain("17:30", await AskAsync(again, Lanterns));
    }

    [Fact]
    public async Task A_folder_deleted_is_reported_by_readiness_and_when_it_is_copied_back_its_new_article_is_answered()
    {
        await using var factory = Factory();
        using var http = RealServer.Start(factory);
        var generation = (await ReadyAsync(http))["generation"]!.GetValue<int>();
        using var release = new KnowledgeCopy();
        await File.WriteAllTextAsync(Path.Combine(release.Path, "news", "2025-01-10-hallenbad-wieder-geoeffnet.md"), NewArticle);

        Directory.Delete(_knowledge.Path, recursive: true);
        JsonObject? degraded = null;
        var reported = await RealServer.WithinAsync(TimeSpan.FromSeconds(30), async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            degraded = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return response.StatusCode == HttpStatusCode.OK && degraded["checks"]?["knowledge"]?["status"]?.GetValue<string>() == "Degraded";
        });
        Assert.True(reported is not null, $"readiness never reported the folder gone: {degraded}");
        var knowledge = degraded!["checks"]!["knowledge"]!.AsObject();
        Assert.Equal("the knowledge folder is missing", knowledge["lastScan"]!["problem"]!.GetValue<string>());
        Assert.DoesNotContain(_knowledge.Path, degraded.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("933-180", await AskAsync(http, "Wie erreiche ich das Bürgerbüro?")); // still answering from what it has

        // Copied back as a deployment would: the whole folder, with a new article.
        foreach (var file in Directory.EnumerateFiles(release.Path, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_knowledge.Path, Path.GetRelativePath(release.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var answered = await RealServer.WithinAsync(TimeSpan.FromSeconds(30), async () => (await AskAsync(http, Question)).Contains("4,50 Euro", StringComparison.Ordinal));
        Assert.True(answered is not null, "the new article of the folder copied back was not answered within 30 s");
        var health = await ReadyAsync(http);
        Assert.True(health["lastScan"]!["ok"]!.GetValue<bool>(), health.ToJsonString());
        Assert.True(health["generation"]!.GetValue<int>() > generation);
    }

    /// <summary>Citizens asking for the Bürgerbüro over and over until stopped; every answer must give its number.</summary>
    private sealed class Citizens
    {
        private int _asked;

        public Citizens(HttpClient http, CancellationToken stop) => Asking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var reply = await AskAsync(http, "Wie erreiche ich das Bürgerbüro?");
                    if (!reply.Contains("933-180", StringComparison.Ordinal))
                    {
                        lock (Failures) { Failures.Add("no Bürgerbüro number: " + reply); }
                    }
                }
                catch (HttpRequestException ex)
                {
                    lock (Failures) { Failures.Add(ex.Message); }
                }

                Interlocked.Increment(ref _asked);
            }
        });

        public Task Asking { get; }

        public int Asked => Volatile.Read(ref _asked);

        public List<string> Failures { get; } = [];
    }
}
