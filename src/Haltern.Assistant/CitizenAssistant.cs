using System.Runtime.CompilerServices;
using System.Text;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant;

/// <summary>
/// The citizen assistant: reads a question into an <see cref="Interpretation"/> (what is asked, the answer type,
/// dates, topic terms, what a follow-up refers to), lets each answer strategy (<c>Answers/Strategies/</c>) propose a
/// scored candidate, and answers with the best (<see cref="AnswerDispatcher"/>). Where no knowledge item covers the
/// question well enough, the answer says so honestly and names the general contact.
/// </summary>
public sealed class CitizenAssistant : ICitizenAssistant
{
    private readonly IKnowledgeIndexProvider _indexes;
    private readonly QuestionReader _reader;
    private readonly KnowledgeSearch _search;
    private readonly TimeProvider _time;
    private readonly AssistantOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly ILogger<CitizenAssistant> _logger;
    private readonly OpeningCalendar _calendar;
    private readonly ConditionalWeakTable<KnowledgeIndex, StrongBox<Service?>> _generalContacts = new();

    public CitizenAssistant(
        IKnowledgeIndexProvider indexes,
        QuestionReader reader,
        KnowledgeSearch search,
        TimeProvider time,
        IOptions<AssistantOptions> options,
        ILogger<CitizenAssistant> logger,
        OpeningCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _indexes = indexes;
        _reader = reader;
        _search = search;
        _time = time;
        _options = options.Value;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        _logger = logger;
        _calendar = calendar;
    }

    public Reply Welcome(string? locale)
    {
        var index = _indexes.Current;
        var english = locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        return new AnswerWriter(english).Welcome(index, GeneralContact(index));
    }

    public Task<Reply> AnswerAsync(Question question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(memory);
        cancellationToken.ThrowIfCancellationRequested();

        var (text, cut) = Clean(question.Text, _options.MaxQuestionLength);
        var now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _timeZone).DateTime;
        var read = _reader.Read(WrittenOut(text), question.Locale ?? (memory.Language == "en" ? "en-US" : null), now);
        var reply = Answer(read, memory, now);
        memory.Language = read.English ? "en" : "de";
        _logger.LogDebug("Answered a question as {Topic} (answered: {Answered})", reply.Topic, reply.Answered);
        return Task.FromResult(cut ? new AnswerWriter(read.English, _calendar).Cut(reply) : reply);
    }

    private Reply Answer(ReadQuestion read, ConversationMemory memory, DateTime now)
    {
        var context = Context(read, memory, now);
        var chosen = AnswerDispatcher.Default.Choose(context);
        _logger.LogDebug("Chose the {Strategy} answer ({Score:0.00}): {Evidence}", chosen.Strategy, chosen.Score, chosen.Evidence);
        var reply = chosen.Compose();
        memory.ArticleBesideService = memory.LastServiceId is not null && chosen.Strategy is "service" or "overview" or "hours" ? ArticleBeside(context, chosen.Score) : null;
        return reply;
    }

    /// <summary>
    /// The article whose sentence covers the question (reaches the bar; the office's answer was chosen with a score of at
    /// most 1: the office covers the words, no detail of it is asked), and that names every thing asked; null where none
    /// does. What the office's text does not say is asked of it next ("Wie kann ich einen Hund anmelden?", then "Und was
    /// kostet das?": the article on the dog tax).
    /// </summary>
    private static string? ArticleBeside(AnswerContext context, double score) =>
        Math.Round(score, 2) > 1 ? null : context.Passages.FirstOrDefault(p => p.Coverage >= context.MinCoverage && !context.LacksAThingNamed(p.Article))?.Article.Id;

    /// <summary>The question as understood, with the knowledge and memory it is answered from.</summary>
    internal AnswerContext Context(ReadQuestion read, ConversationMemory memory, DateTime now)
    {
        var index = _indexes.Current;
        var withoutDates = WithoutDates(read, read.DateMentions);
        // A day named for what happens on it names the topic as well ("Was ist an Silvester verboten?"); not where
        // opening hours are asked, an office is named or the day is all the message names ("Hat das Rathaus an
        // Fronleichnam auf?", "Wertstoffhof am 2. Weihnachtstag?", "Und am Ostermontag?"): there it is only the day.
        var eventDays = read.PastSpan is { } span && !read.Has(Cue.Hours | Cue.Closed | Cue.Now | Cue.Next)
            ? span.Mentions.Where(DateUnderstanding.NamesADayByItsEvent).ToArray() : [];
        var searchText = eventDays.Length == 0 || index.Analyzer.Terms(withoutDates) is not { Count: > 0 } rest || rest.Any(ServiceWords(index).Contains)
            ? withoutDates
            : WithoutDates(read, read.DateMentions.Except(eventDays));
        // When something happened and who did it are asked of the event its verb names ("Wann wurde … beschlossen?"),
        // which an article about the thing may say with another verb ("verabschiedet").
        var terms = read.Words.Count == 0 ? [] : _search.Terms(
            index, searchText, read.CueWords, read.English ? Glossary.Translate(read.Text) : null,
            QuestionReader.VerbWords(read.Words, lowerCase: true), eventAsked: read.Has(Cue.When | Cue.Person));
        var question = new Interpretation(read, terms, new FollowUp(memory.LastArticleId, memory.LastServiceId, read.Has(Cue.RefersBack)));
        return new AnswerContext(question, index, _search, _reader, memory, GeneralContact(index), now, _options.MinCoverage, _calendar);
    }

    /// <summary>Every strategy's candidate for a message, best first, without answering it (for tests and diagnostics).</summary>
    internal IReadOnlyList<AnswerCandidate> Candidates(string text, ConversationMemory memory) =>
        AnswerDispatcher.Default.Candidates(Context(text, memory));

    /// <summary>The question as understood, with what it is answered from (for tests and diagnostics).</summary>
    internal AnswerContext Context(string text, ConversationMemory memory)
    {
        var now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _timeZone).DateTime;
        var read = _reader.Read(WrittenOut(Clean(text, _options.MaxQuestionLength).Text), memory.Language == "en" ? "en-US" : null, now);
        return Context(read, memory, now);
    }

    private static string WithoutDates(ReadQuestion read, IEnumerable<string> mentions) =>
        mentions.Aggregate(read.Text, (text, mention) => text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>The terms of the offices' titles and keywords: a question that writes one names an office.</summary>
    private IReadOnlySet<string> ServiceWords(KnowledgeIndex index) =>
        _serviceWords.GetValue(index, i => i.Knowledge.Services.SelectMany(s => s.Keywords.Prepend(s.Title)).SelectMany(w => i.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal));

    private readonly ConditionalWeakTable<KnowledgeIndex, HashSet<string>> _serviceWords = new();

    private Service? GeneralContact(KnowledgeIndex index) =>
        _generalContacts.GetValue(index, i => new StrongBox<Service?>(FindGeneralContact(i))).Value;

    private Service? FindGeneralContact(KnowledgeIndex index)
    {
        if (index.Knowledge.Services.Count == 0)
        {
            return null;
        }

        // Any of the configured words will do ("Bürgerbüro" in one town, "Bürgerservice" in the next).
        var terms = _search.Terms(index, _options.GeneralContact, []);
        var withPhone = index.Knowledge.Services.Where(s => s.Phone is not null);
        return _search.Services(index, terms).FirstOrDefault(s => s.Coverage > 0 && s.Service.Phone is not null)?.Service
            ?? withPhone.OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? index.Knowledge.Services.OrderBy(s => s.Id, StringComparer.Ordinal).First();
    }

    /// <summary>The question with the compounds it writes with a short form written out as the knowledge holds them ("Bergstr.").</summary>
    private string WrittenOut(string text)
    {
        var index = _indexes.Current;
        return ShortFormEndings.WriteOut(text, word => KnowledgeSearch.Holds(index, word));
    }

    /// <summary>Control characters out, white space folded, cut to the length the assistant reads.</summary>
    private static (string Text, bool Cut) Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var space = false;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                return (builder.ToString().Trim(), true);
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return (builder.ToString(), false);
    }
}
