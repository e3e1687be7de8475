using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Bot.Staff;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Staff;

public sealed class StaffReportsTests : IDisposable
{
    // Sunday 29 November 2026, 10:00 in Haltern (UTC+1).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly JsonLinesQuestionLogTests _logs = new();

    public void Dispose() => _logs.Dispose();

    private StaffReports Reports(IQuestionLog log, KnowledgeSnapshot? knowledge = null) => new(
        log,
        new FixedKnowledge(knowledge ?? new KnowledgeSnapshot(KnowledgeState.Loading, 0, 0, null, [])),
        Options.Create(new StaffOptions()),
        Options.Create(new AssistantOptions()),
        _time);

    private sealed class FixedKnowledge(KnowledgeSnapshot knowledge) : IKnowledgeStatus
    {
        public KnowledgeSnapshot Current => knowledge;
    }

    private async Task<IQuestionLog> LogWith(params QuestionEvent[] questions)
    {
        var log = new InMemoryLog(questions);
        await Task.CompletedTask;
        return log;
    }

    private sealed class InMemoryLog(IEnumerable<QuestionEvent> questions) : IQuestionLog
    {
        private readonly List<QuestionEvent> _questions = questions.ToList();

        public Task RecordAsync(QuestionEvent question, CancellationToken cancellationToken)
        {
            _questions.Add(question);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<QuestionEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<QuestionEvent>>(_questions.Where(q => q.Time >= since).OrderBy(q => q.Time).ToList());

        public Task<int> PruneAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }

    [Fact]
    public async Task Statistics_count_per_day_and_topic_with_the_share_answered_over_7_and_30_days()
    {
        var now = _time.GetUtcNow();
        var log = await LogWith(
            new QuestionEvent(now.AddHours(-1), ReplyTopic.News, true),
            new QuestionEvent(now.AddHours(-2), ReplyTopic.Hours, true),
            new QuestionEvent(now.AddHours(-3), ReplyTopic.Unknown, false),
            new QuestionEvent(now.AddHours(-3), ReplyTopic.Unknown, false, "a wording passed on: not counted again"),
            new QuestionEvent(now.AddDays(-1), ReplyTopic.Hours, true),
            new QuestionEvent(now.AddDays(-20), ReplyTopic.Service, false),
            new QuestionEvent(now.AddDays(-40), ReplyTopic.Service, true));

        var text = await Reports(log).StatisticsAsync(english: false, CancellationToken.None);

        Assert.Contains("**Letzte 7 Tage:** 4 Fragen, 75 % beantwortet (Öffnungszeiten 2, Sonstiges 1, Nachrichten 1)", text, StringComparison.Ordinal);
        Assert.Contains("**Letzte 30 Tage:** 5 Fragen, 60 % beantwortet", text, StringComparison.Ordinal);
        Assert.Contains("- So 29.11.: 3 Fragen, 67 % beantwortet", text, StringComparison.Ordinal);
        Assert.Contains("- Sa 28.11.: 1 Frage, 100 % beantwortet (Öffnungszeiten 1)", text, StringComparison.Ordinal);
        Assert.Contains("- Mo 23.11.: keine Fragen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_questions_count_similar_wordings_newest_first_within_the_configured_days()
    {
        var now = _time.GetUtcNow();
        var log = await LogWith(
            new QuestionEvent(now.AddDays(-2), ReplyTopic.Unknown, false, "Wo melde ich Sperrmüll an?"),
            new QuestionEvent(now.AddDays(-1), ReplyTopic.Unknown, false, "Sperrmüll anmelden wo?"),
            new QuestionEvent(now.AddHours(-1), ReplyTopic.Unknown, false, "Hat das Freibad offen?"),
            new QuestionEvent(now.AddDays(-20), ReplyTopic.Unknown, false, "Zu alt für die Liste"),
            new QuestionEvent(now.AddHours(-2), ReplyTopic.News, true));

        var text = await Reports(log).OpenQuestionsAsync(english: false, CancellationToken.None);

        var freibad = text.IndexOf("- 1× „Hat das Freibad offen?“ (zuletzt 29.11.)", StringComparison.Ordinal);
        var sperrmuell = text.IndexOf("- 2× „Sperrmüll anmelden wo?“ (zuletzt 28.11.)", StringComparison.Ordinal);
        Assert.True(freibad > 0 && sperrmuell > freibad, text);
        Assert.DoesNotContain("Zu alt", text, StringComparison.Ordinal);
        Assert.Contains("3 Fragen in 2 Gruppen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_open_questions_says_so()
    {
        var text = await Reports(await LogWith()).OpenQuestionsAsync(english: true, CancellationToken.None);

        Assert.Equal("No unanswered question was passed on in the last 14 days.", text);
    }

    [Fact]
    public async Task A_planted_link_and_html_reach_staff_as_plain_text()
    {
        var log = await LogWith(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.Unknown, false,
            "[Bitte hier neu anmelden](https://evil.example/login) <img src=x onerror=alert(1)> **dringend** <a href=\"http://evil.example\">hier</a>"));

        var text = await Reports(log).OpenQuestionsAsync(english: false, CancellationToken.None);

        Assert.Contains(@"\[Bitte hier neu anmelden\]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**dringend**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_note_under_open_questions_states_the_configured_retention_and_claims_no_perfect_masking()
    {
        var log = await LogWith(new QuestionEvent(_time.GetUtcNow(), ReplyTopic.Unknown, false, "Hat das Freibad offen?"));
        var reports = new StaffReports(log, new FixedKnowledge(new KnowledgeSnapshot(KnowledgeState.Loading, 0, 0, null, [])),
            Options.Create(new StaffOptions { RetentionDays = 12 }), Options.Create(new AssistantOptions()), _time);

        var german = await reports.OpenQuestionsAsync(english: false, CancellationToken.None);
        var english = await reports.OpenQuestionsAsync(english: true, CancellationToken.None);

        Assert.Contains("höchstens 12 Tage", german, StringComparison.Ordinal);
        Assert.Contains("zugestimmt", german, StringComparison.Ordinal);
        Assert.DoesNotContain("ohne Namen", german, StringComparison.Ordinal);
        Assert.Contains("at most 12 days", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_status_counts_articles_and_services_and_names_the_newest_article_and_skipped_files()
    {
        var knowledge = new KnowledgeSet(
            [
                new Article { Id = "news/2020-06-09-a.md", Title = "Älterer Artikel", Date = new DateOnly(2020, 6, 9) },
                new Article { Id = "news/2024-03-01-b.md", Title = "Neuer Artikel", Date = new DateOnly(2024, 3, 1) },
            ],
            [new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro" }],
            [new SkippedFile("news/kaputt.md", 3, "front matter has no title")]);

        var loadedAt = new DateTimeOffset(2026, 11, 29, 7, 30, 0, TimeSpan.Zero);
        var text = Reports(new InMemoryLog([]), KnowledgeSnapshot.Of(knowledge, loadedAt)).KnowledgeStatus(english: false);

        Assert.Contains("2 Artikel, 1 Dienst geladen (am 29.11.2026 um 08:30 Uhr)", text, StringComparison.Ordinal);
        Assert.Contains("Neuester Artikel: „Neuer Artikel“ vom 01.03.2024", text, StringComparison.Ordinal);
        Assert.Contains("1 Datei übersprungen", text, StringComparison.Ordinal);
        Assert.Contains("news/kaputt.md:3: front matter has no title", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_status_while_loading_says_so()
    {
        var text = Reports(new InMemoryLog([])).KnowledgeStatus(english: false);

        Assert.Contains("wird gerade geladen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_status_names_why_the_folder_could_not_be_loaded()
    {
        var failed = new KnowledgeSnapshot(KnowledgeState.Failed, 0, 0, null, [], Problem: "folder not found: /srv/knowledge");

        var text = Reports(new InMemoryLog([]), failed).KnowledgeStatus(english: true);

        Assert.Contains("could not be loaded: folder not found: /srv/knowledge", text, StringComparison.Ordinal);
        Assert.Contains("0 articles, 0 services loaded", text, StringComparison.Ordinal);
    }
}
