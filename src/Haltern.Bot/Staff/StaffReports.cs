using System.Globalization;
using System.Text;
using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Search;
using Haltern.Bot.Staff.Consent;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff;

/// <summary>The staff reports as Markdown text (the subset Teams shows): open questions, statistics, knowledge status.</summary>
public sealed class StaffReports
{
    private readonly IQuestionLog _log;
    private readonly IKnowledgeStatus _knowledge;
    private readonly StaffOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly TimeProvider _time;

    public StaffReports(IQuestionLog log, IKnowledgeStatus knowledge, IOptions<StaffOptions> options, IOptions<AssistantOptions> assistantOptions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assistantOptions);
        ArgumentNullException.ThrowIfNull(time);
        _log = log;
        _knowledge = knowledge;
        _options = options.Value;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(assistantOptions.Value.TimeZone);
        _time = time;
    }

    /// <summary>"offene Fragen": unanswered questions of the last days, grouped, newest first.</summary>
    public async Task<string> OpenQuestionsAsync(bool english, CancellationToken cancellationToken)
    {
        var days = _options.OpenQuestionDays;
        var questions = await _log.ReadSinceAsync(StartOfDay(days - 1), cancellationToken);
        var groups = QuestionGrouper.Group(questions.Where(q => !q.IsCount));
        var text = new StringBuilder();
        if (groups.Count == 0)
        {
            text.Append(english
                ? $"No unanswered question was passed on in the last {days} days."
                : $"In den letzten {days} Tagen wurde keine unbeantwortete Frage weitergegeben.");
            return text.ToString();
        }

        var total = groups.Sum(g => g.Count);
        text.Append(english
            ? $"**Open questions** (last {days} days): {Count(total, "question", "questions")} in {Count(groups.Count, "group", "groups")}, newest first."
            : $"**Offene Fragen** (letzte {days} Tage): {Count(total, "Frage", "Fragen")} in {Count(groups.Count, "Gruppe", "Gruppen")}, neueste zuerst.");
        text.Append('\n');
        foreach (var group in groups.Take(_options.MaxOpenQuestionGroups))
        {
            var date = Local(group.LastAsked).ToString(english ? "MMM d" : "dd.MM.", Culture(english));
            text.Append('\n').Append($"- {group.Count}× „{StaffText.Escape(group.Wording)}“ ({(english ? "last" : "zuletzt")} {date})");
        }

        if (groups.Count > _options.MaxOpenQuestionGroups)
        {
            var more = groups.Count - _options.MaxOpenQuestionGroups;
            text.Append('\n').Append(english ? $"… and {more} more groups." : $"… und {more} weitere Gruppen.");
        }

        text.Append("\n\n").Append(StaffPhrases.Fill(StaffPhrases.For(english).OpenQuestionsNote, _options.RetentionDays, TimeSpan.Zero));
        return text.ToString();
    }

    /// <summary>"Statistik": questions per day and topic, share answered, last 7 and 30 days.</summary>
    public async Task<string> StatisticsAsync(bool english, CancellationToken cancellationToken)
    {
        var questions = (await _log.ReadSinceAsync(StartOfDay(29), cancellationToken)).Where(q => q.IsCount).ToList();
        var culture = Culture(english);
        var text = new StringBuilder();
        text.Append(english ? "**Statistics** of the citizen questions" : "**Statistik** der Bürgerfragen").Append('\n');

        foreach (var days in (int[])[7, 30])
        {
            var since = StartOfDay(days - 1);
            var inRange = questions.Where(q => q.Time >= since).ToList();
            text.Append('\n').Append(english ? $"**Last {days} days:** " : $"**Letzte {days} Tage:** ").Append(Summary(inRange, english)).Append('\n');
        }

        text.Append('\n').Append(english ? "**Per day (last 7 days):**" : "**Pro Tag (letzte 7 Tage):**").Append('\n');
        var today = Today();
        var byDay = questions.ToLookup(q => DateOnly.FromDateTime(Local(q.Time).DateTime));
        for (var offset = 0; offset < 7; offset++)
        {
            var day = today.AddDays(-offset);
            var ofDay = byDay[day].ToList();
            var label = day.ToString(english ? "ddd MMM d" : "ddd dd.MM.", culture);
            text.Append('\n').Append($"- {label}: ").Append(ofDay.Count == 0 ? (english ? "no questions" : "keine Fragen") : Summary(ofDay, english));
        }

        text.Append("\n\n").Append(StaffPhrases.For(english).StatisticsNote);
        return text.ToString();
    }

    /// <summary>"Wissensstand": articles and services loaded, the newest article, files skipped and why.</summary>
    public string KnowledgeStatus(bool english)
    {
        var knowledge = _knowledge.Current;
        if (knowledge.State == KnowledgeState.Loading)
        {
            return english
                ? "The knowledge is being loaded. Please try again in a moment."
                : "Das Wissen wird gerade geladen. Bitte versuchen Sie es gleich noch einmal.";
        }

        var culture = Culture(english);
        var text = new StringBuilder();
        text.Append(english ? "**Knowledge status**" : "**Wissensstand**").Append('\n');
        if (knowledge.State == KnowledgeState.Failed)
        {
            text.Append('\n').Append(english
                ? $"- The knowledge folder could not be loaded: {StaffText.Escape(knowledge.Problem)}"
                : $"- Der Wissensordner konnte nicht geladen werden: {StaffText.Escape(knowledge.Problem)}");
        }

        text.Append('\n').Append(english
            ? $"- {Count(knowledge.Articles, "article", "articles")}, {Count(knowledge.Services, "service", "services")} loaded"
            : $"- {knowledge.Articles} Artikel, {Count(knowledge.Services, "Dienst", "Dienste")} geladen");
        if (knowledge.LoadedAt is { } loadedAt)
        {
            var local = Local(loadedAt);
            text.Append(english
                ? $" ({local.ToString("MMMM d, yyyy, HH:mm", culture)})"
                : $" (am {local.ToString("dd.MM.yyyy", culture)} um {local.ToString("HH:mm", culture)} Uhr)");
        }

        if (knowledge.Newest is { } newest)
        {
            text.Append('\n').Append(english
                ? $"- Newest article: „{StaffText.Escape(newest.Title)}“ of {newest.Date.ToString("MMMM d, yyyy", culture)}"
                : $"- Neuester Artikel: „{StaffText.Escape(newest.Title)}“ vom {newest.Date.ToString("dd.MM.yyyy", culture)}");
        }

        if (knowledge.Skipped.Count == 0)
        {
            text.Append('\n').Append(english ? "- No file was skipped." : "- Keine Datei wurde übersprungen.");
            return text.ToString();
        }

        text.Append('\n').Append(english
            ? $"- {Count(knowledge.Skipped.Count, "file", "files")} skipped:"
            : $"- {Count(knowledge.Skipped.Count, "Datei", "Dateien")} übersprungen:");
        foreach (var skipped in knowledge.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            text.Append('\n').Append($"- `{skipped.ToString().Replace('`', '\'')}`");
        }

        return text.ToString();
    }

    private string Summary(IReadOnlyList<QuestionEvent> questions, bool english)
    {
        if (questions.Count == 0)
        {
            return english ? "no questions" : "keine Fragen";
        }

        var answered = questions.Count(q => q.Answered);
        var share = (double)answered / questions.Count;
        var topics = questions
            .GroupBy(q => q.Topic)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => $"{TopicName(g.Key, english)} {g.Count()}");
        var culture = Culture(english);
        return english
            ? $"{Count(questions.Count, "question", "questions")}, {share.ToString("P0", culture)} answered ({string.Join(", ", topics)})"
            : $"{Count(questions.Count, "Frage", "Fragen")}, {share.ToString("P0", culture)} beantwortet ({string.Join(", ", topics)})";
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    /// <summary>The name staff read for a topic.</summary>
    public static string TopicName(ReplyTopic topic, bool english) => topic switch
    {
        ReplyTopic.SmallTalk => english ? "small talk" : "Begrüßung/Smalltalk",
        ReplyTopic.News => english ? "news" : "Nachrichten",
        ReplyTopic.Service => english ? "offices & services" : "Ämter & Dienste",
        ReplyTopic.Hours => english ? "opening hours" : "Öffnungszeiten",
        ReplyTopic.OutOfScope => english ? "beyond the town (jokes, weather)" : "außerhalb der Stadt (Witze, Wetter)",
        _ => english ? "other" : "Sonstiges",
    };

    private static CultureInfo Culture(bool english) => CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");

    private DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, _timeZone);

    private DateOnly Today() => DateOnly.FromDateTime(Local(_time.GetUtcNow()).DateTime);

    /// <summary>Midnight in the city, <paramref name="daysBack"/> days before today.</summary>
    private DateTimeOffset StartOfDay(int daysBack)
    {
        var day = Today().AddDays(-daysBack).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(day, _timeZone.GetUtcOffset(day));
    }
}
