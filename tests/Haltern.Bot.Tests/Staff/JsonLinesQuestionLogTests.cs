using Haltern.Assistant.Answers;
using Haltern.Bot.Staff;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Staff;

public sealed class JsonLinesQuestionLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "haltern-log-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal JsonLinesQuestionLog Open(int retentionDays = 30, ILogger<JsonLinesQuestionLog>? logger = null)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(Path.GetTempPath());
        return new JsonLinesQuestionLog(
            Options.Create(new StaffOptions { DataPath = _folder, RetentionDays = retentionDays }),
            environment.Object,
            _time,
            logger ?? NullLogger<JsonLinesQuestionLog>.Instance);
    }

    [Fact]
    public async Task Questions_survive_a_restart()
    {
        var before = Open();
        await before.RecordAsync(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.News, true), CancellationToken.None);
        await before.RecordAsync(new QuestionEvent(_time.GetUtcNow().AddMinutes(1), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), CancellationToken.None);
        await before.DisposeAsync(); // the host's shutdown

        var afterRestart = Open();
        var questions = await afterRestart.ReadSinceAsync(_time.GetUtcNow().AddDays(-1), CancellationToken.None);

        Assert.Equal(
            [new QuestionEvent(_time.GetUtcNow(), ReplyTopic.News, true), new QuestionEvent(_time.GetUtcNow().AddMinutes(1), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?")],
            questions);
    }

    [Fact]
    public async Task Questions_recorded_at_the_same_time_are_all_in_the_file_once_each_after_a_flush()
    {
        var log = Open();
        var start = _time.GetUtcNow();

        // Many turns at once, spread over two days: batches are written together, none lost or doubled.
        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            log.RecordAsync(new QuestionEvent(start.AddSeconds(i * 120), ReplyTopic.Unknown, false, $"Frage {i}"), CancellationToken.None))));

        await log.FlushAsync(CancellationToken.None);
        var questions = await Open().ReadSinceAsync(start, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"Frage {i}"), questions.Select(q => q.Text));
        Assert.Equal(2, Directory.GetFiles(log.Folder, "questions-*.jsonl").Length);
    }

    [Fact]
    public async Task A_line_is_compact_json_with_camel_case_names_the_topic_by_name_and_umlauts_as_written()
    {
        var log = Open();
        await log.RecordAsync(new QuestionEvent(new DateTimeOffset(2026, 11, 29, 11, 30, 0, TimeSpan.FromHours(1)), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.News, true), CancellationToken.None);
        await log.FlushAsync(CancellationToken.None);

        var lines = File.ReadAllLines(Assert.Single(Directory.GetFiles(log.Folder, "questions-*.jsonl")));

        Assert.Equal(
            [
                """{"time":"2026-11-29T10:30:00+00:00","topic":"Unknown","answered":false,"text":"Wo ist das Fundbüro?"}""",
                """{"time":"2026-11-29T10:00:00+00:00","topic":"News","answered":true}""",
            ],
            lines);
    }

    [Fact]
    public async Task Questions_older_than_the_retention_period_are_deleted()
    {
        var log = Open(retentionDays: 30);
        var now = _time.GetUtcNow();
        await log.RecordAsync(new QuestionEvent(now.AddDays(-40), ReplyTopic.Unknown, false, "sehr alt"), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(now.AddDays(-30).AddHours(-1), ReplyTopic.Unknown, false, "knapp zu alt"), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(now.AddDays(-30).AddHours(1), ReplyTopic.Unknown, false, "knapp jung genug"), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(now, ReplyTopic.Hours, true), CancellationToken.None);

        var deletedFiles = await log.PruneAsync(CancellationToken.None);

        Assert.Equal(1, deletedFiles);
        var stored = string.Concat(Directory.GetFiles(_folder).Select(File.ReadAllText));
        Assert.DoesNotContain("sehr alt", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("knapp zu alt", stored, StringComparison.Ordinal);
        Assert.Contains("knapp jung genug", stored, StringComparison.Ordinal);
        Assert.Equal(2, (await log.ReadSinceAsync(DateTimeOffset.MinValue, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_retention_period_is_configurable_and_reading_never_returns_older_questions()
    {
        var log = Open(retentionDays: 7);
        await log.RecordAsync(new QuestionEvent(_time.GetUtcNow().AddDays(-8), ReplyTopic.News, true), CancellationToken.None);
        await log.RecordAsync(new QuestionEvent(_time.GetUtcNow().AddDays(-6), ReplyTopic.News, true), CancellationToken.None);

        var unpruned = await log.ReadSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        await log.PruneAsync(CancellationToken.None);

        Assert.Single(unpruned);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_question_just_recorded_is_read_by_the_same_log_without_waiting()
    {
        var log = Open();
        await log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), CancellationToken.None);

        var questions = await log.ReadSinceAsync(_time.GetUtcNow().AddDays(-1), CancellationToken.None);

        Assert.Equal("Wo ist das Fundbüro?", Assert.Single(questions).Text);
    }

    [Fact]
    public async Task A_log_that_cannot_be_written_loses_lines_with_a_warning_and_never_fails_the_turn()
    {
        File.WriteAllText(_folder, "a file where the folder should be");
        using var logs = new CapturingLoggerProvider();
        try
        {
            using var factory = new LoggerFactory([logs]);
            var log = Open(logger: new Logger<JsonLinesQuestionLog>(factory));
            await log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.Unknown, false, "Wo ist das Fundbüro?"), CancellationToken.None);
            await log.FlushAsync(CancellationToken.None);
        }
        finally
        {
            File.Delete(_folder);
        }

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("Could not write 1 questions", warning.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fundbüro", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_cut_by_a_crash_is_skipped()
    {
        var log = Open();
        await log.RecordAsync(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.News, true), CancellationToken.None);
        await log.FlushAsync(CancellationToken.None);
        await File.AppendAllTextAsync(Directory.GetFiles(_folder).Single(), "{\"time\":\"2026-11-29T1");

        var questions = await log.ReadSinceAsync(_time.GetUtcNow().AddDays(-1), CancellationToken.None);

        Assert.Single(questions);
    }
}
