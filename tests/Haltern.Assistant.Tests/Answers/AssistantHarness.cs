using Haltern.Assistant.Answers;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Assistant.Tests.Answers;

/// <summary>
/// The real assistant over a real in-memory Lucene index of knowledge written in a test, on Tuesday, 1 December
/// 2026, 10:00 in the city: what a citizen would be answered, and what every strategy proposed.
/// </summary>
internal sealed class AssistantHarness : IDisposable
{
    private static readonly DateUnderstanding Dates = new();
    private readonly KnowledgeIndex _index;
    private readonly CitizenAssistant _assistant;

    public AssistantHarness(IReadOnlyList<Article> articles, IReadOnlyList<Service> services)
        : this(new KnowledgeSet(articles, services, []))
    {
    }

    public AssistantHarness(KnowledgeSet knowledge)
    {
        // The thesaurus is read in the background while a bot starts; a harness answers as a running bot does, with it.
        Thesaurus.Loaded();
        _index = KnowledgeIndex.Build(knowledge);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        _assistant = new CitizenAssistant(new FixedIndex(_index), new QuestionReader(Dates), new KnowledgeSearch(), time,
            Options.Create(new AssistantOptions()), NullLogger<CitizenAssistant>.Instance,
            new Haltern.Assistant.Hours.OpeningCalendar(new Haltern.Assistant.Hours.PublicHolidays(new AssistantOptions().HolidayRegion)));
    }

    public ConversationMemory Memory { get; } = new();

    /// <summary>The reply, in the harness's one conversation.</summary>
    public Reply Ask(string text) => _assistant.AnswerAsync(new Question(text, null), Memory, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The strategy that would answer, without answering.</summary>
    public AnswerCandidate Chosen(string text) => _assistant.Candidates(text, Memory)[0];

    public IReadOnlyList<AnswerCandidate> Candidates(string text) => _assistant.Candidates(text, Memory);

    /// <summary>The question as understood in this conversation.</summary>
    public AnswerContext Context(string text) => _assistant.Context(text, Memory);

    public void Dispose() => _index.Dispose();

    private sealed class FixedIndex(KnowledgeIndex index) : IKnowledgeIndexProvider
    {
        public KnowledgeIndex Current => index;
    }
}
