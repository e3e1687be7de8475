using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant;

/// <summary>
/// The citizen assistant: reads a question (language, what is asked, dates), searches the knowledge index,
/// and answers only when a knowledge item covers the question well enough; otherwise it says so honestly
/// and names the general contact.
/// </summary>
public sealed partial class CitizenAssistant : ICitizenAssistant
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

    /// <summary>Cues that make a message a question even when it also greets or thanks.</summary>
    private const Cue Asking = Cue.ServiceDetail | Cue.News | Cue.More | Cue.Cost | Cue.Quantity | Cue.When | Cue.Duration | Cue.Next | Cue.Now;

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
        var read = _reader.Read(text, question.Locale ?? (memory.Language == "en" ? "en-US" : null), now);
        var writer = new AnswerWriter(read.English, _calendar);
        var reply = Answer(read, memory, writer, now);
        memory.Language = read.English ? "en" : "de";
        _logger.LogDebug("Answered a question as {Topic} (answered: {Answered})", reply.Topic, reply.Answered);
        return Task.FromResult(cut ? writer.Cut(reply) : reply);
    }

    private Reply Answer(ReadQuestion read, ConversationMemory memory, AnswerWriter writer, DateTime now)
    {
        var index = _indexes.Current;
        var general = GeneralContact(index);
        if (read.Words.Count == 0)
        {
            return writer.NotUnderstood(index, general);
        }

        var searchText = read.DateMentions.Aggregate(read.Text, (text, mention) => text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase));
        var terms = _search.Terms(index, searchText, read.CueWords, read.English ? Glossary.Translate(read.Text) : null);
        var topicTerms = terms.Count(t => !t.IsCue);

        // "Wer bist du?", "Who are you?", "Was bist du?": the assistant says what it is and what it can do.
        if (topicTerms == 0 && (read.Cues & ~(Cue.Greeting | Cue.Person | Cue.Help)) == Cue.None && read.Words.Any(AddressesAssistant))
        {
            return writer.Welcome(index, general);
        }

        // Small talk, unless the message asks for something too ("Danke, und wo ist das Bürgerbüro?").
        if (read.Has(Cue.SmallTalk) && !read.Has(Asking) && topicTerms <= 1 && !read.Has(Cue.Help))
        {
            return writer.SmallTalk(read.Cues, index, general);
        }

        // A day alone after a service ("Sprechstunde des Bürgermeisters" – "Und am Montag?") asks about that service
        // on that day, not for the news of that day; a day gone by ("Und im Mai 2019?") still asks for the news.
        if (topicTerms == 0 && !read.Has(Cue.News | Cue.More) && read.FutureSpan is { } day && day.End > DateOnly.FromDateTime(now)
            && index.FindService(memory.LastServiceId) is { } previous)
        {
            return AboutService(previous, read, terms, memory, writer, index, general, now);
        }

        // A news question: the newest articles, within the dates asked for, on the topic asked for.
        // A date alone ("Was war im Mai 2019?") asks for the news of that time. Where the topic is found in no
        // article ("Werden meine Nachrichten gespeichert?"), the other knowledge may answer it first, unless the
        // words can only mean news ("Was gibt's Neues in Haltern?": the place is no topic of the services).
        var newsAsked = (read.Has(Cue.News) && !read.Has(Cue.ServiceDetail))
            || (read.PastSpan is not null && topicTerms == 0 && !read.Has(Cue.ServiceDetail | Cue.More));
        if (newsAsked)
        {
            var topical = topicTerms > 0 ? TopicalArticles(read, terms, index) : [];
            if (topicTerms == 0 || topical.Count > 0 || read.Has(Cue.WhatsNew))
            {
                return News(read, topical, memory, writer, index, general);
            }
        }

        // "mehr dazu", "Erzähl mir mehr": the last article or service, in full.
        if (read.Has(Cue.More) && topicTerms == 0)
        {
            return More(memory, writer, index, general, now);
        }

        // A follow-up about the last service: "Und wann hat er Sprechstunde?", "Und die Telefonnummer?"
        if (topicTerms == 0 && read.Has(Cue.ServiceDetail) && index.FindService(memory.LastServiceId) is { } last)
        {
            return AboutService(last, read, terms, memory, writer, index, general, now);
        }

        // "Und was kostet das?", "Wie viele sind es?" after an article: the sentence of that article that holds the
        // amount asked for, the first one that does.
        if (topicTerms == 0 && read.Has(Amount) && index.FindArticle(memory.LastArticleId) is { } lastArticle
            && FirstHolding(lastArticle, read) is { } held)
        {
            return writer.PassageAnswer(held, index, general);
        }

        var service = _search.Services(index, terms).FirstOrDefault(s => s.Coverage >= _options.MinCoverage);

        // A question for a detail of a service the knowledge covers ("Wie erreiche ich das Bürgerbüro?") is answered
        // by the service whatever a sentence of an article says, so the sentences are not searched for it. Not a
        // question for a person that the service names none for: "Wer leitet die neue Kita?" is not answered by the
        // office that gives out Kita places, but by the article that names the Kita's head.
        if (service is not null && read.Has(Cue.ServiceDetail) && !PersonNotInService(service.Service, read))
        {
            return AboutService(service.Service, read, terms, memory, writer, index, general, now);
        }

        var passages = topicTerms == 0 ? [] : Rerank(_search.Passages(index, terms), read, memory.LastArticleId);
        var passage = passages.FirstOrDefault(p => p.Coverage >= _options.MinCoverage);
        if (passage is not null)
        {
            passage = HoldingNeighbour(passage, read);
        }

        // "Telefonnummer der Stadt" is not answered by a sentence about the Stadtpark: asked for a number or an
        // address to write to, a sentence must hold one.
        if (passage is not null && !HoldsContact(passage.Sentence, read.Cues))
        {
            passage = null;
        }

        if (service is not null && (passage is null || service.Coverage >= passage.Coverage) && !AmountOnlyInPassage(service.Service, passage, read)
            && !(passage is not null && PersonNotInService(service.Service, read) && passage.Coverage >= service.Coverage && Holds(passage.Sentence, Cue.Person, read)))
        {
            return AboutService(service.Service, read, terms, memory, writer, index, general, now);
        }

        if (passage is not null)
        {
            memory.LastArticleId = passage.Article.Id;
            memory.LastServiceId = null;
            return writer.PassageAnswer(passage, index, general);
        }

        if (newsAsked)
        {
            return News(read, [], memory, writer, index, general);
        }

        // "Welche Veranstaltungen gibt es?": no sentence says so, but articles are about it (their category or
        // title): those articles, newest first.
        if (topicTerms > 0 && service is null && TopicalArticles(read, terms, index) is { Count: > 0 } about)
        {
            return News(read, about, memory, writer, index, general);
        }

        // "Wie erreiche ich die Stadt?", "Ich brauche Hilfe von der Stadt": the general contact.
        if (topicTerms == 0 && (read.Has(Cue.Phone | Cue.Contact) || (read.Has(Cue.Town) && read.Has(Cue.Help))) && general is not null)
        {
            memory.LastServiceId = general.Id;
            return writer.GeneralContact(general, index);
        }

        if (topicTerms == 0 && read.Has(Cue.ServiceDetail))
        {
            return writer.AskWhichService(index, general);
        }

        if (read.Has(Cue.SmallTalk))
        {
            return writer.SmallTalk(read.Cues, index, general);
        }

        if (read.Has(Cue.More))
        {
            return More(memory, writer, index, general, now);
        }

        return writer.NoAnswer(index, general);
    }

    /// <summary>The articles on the question's topic (within its dates), newest first.</summary>
    private IReadOnlyList<Article> TopicalArticles(ReadQuestion read, IReadOnlyList<QueryTerm> terms, KnowledgeIndex index)
    {
        var span = read.PastSpan;
        var filter = span is null ? null : KnowledgeIndex.DateRange(span.Start, span.End);
        return _search.Articles(index, terms, filter)
            .Where(a => a.Coverage >= _options.MinCoverage)
            .Select(a => a.Article)
            .OrderByDescending(a => a.Date)
            .ToArray();
    }

    private Reply News(ReadQuestion read, IReadOnlyList<Article> articles, ConversationMemory memory, AnswerWriter writer, KnowledgeIndex index, Service? general)
    {
        var span = read.PastSpan;
        var spanEmpty = false;
        if (articles.Count == 0)
        {
            articles = span is null ? index.NewestArticles(5) : index.NewestArticles(5, span.Start, span.End);
            if (articles.Count == 0 && span is not null)
            {
                spanEmpty = true;
                articles = index.NewestArticles(5);
            }
        }

        memory.LastArticleId = articles.FirstOrDefault()?.Id;
        memory.LastServiceId = null;
        return writer.NewsList(articles, spanEmpty ? null : span, spanEmpty, index, general);
    }

    private Reply More(ConversationMemory memory, AnswerWriter writer, KnowledgeIndex index, Service? general, DateTime now)
    {
        if (index.FindArticle(memory.LastArticleId) is { } article)
        {
            return writer.ArticleDetail(article);
        }

        if (index.FindService(memory.LastServiceId) is { } service)
        {
            return writer.ServiceAnswer(service, Cue.None, null, next: false, now, general, index);
        }

        var newest = index.NewestArticles(1);
        if (newest.Count > 0)
        {
            memory.LastArticleId = newest[0].Id;
            return writer.ArticleDetail(newest[0]);
        }

        return writer.SmallTalk(Cue.Help, index, general);
    }

    private Reply AboutService(Service service, ReadQuestion read, IReadOnlyList<QueryTerm> terms, ConversationMemory memory, AnswerWriter writer, KnowledgeIndex index, Service? general, DateTime now)
    {
        memory.LastServiceId = service.Id;
        memory.LastArticleId = null;
        var day = read.Has(Cue.News) ? null : read.FutureSpan;
        if (read.Has(Cue.Now) && !service.Hours.IsEmpty && (read.Has(Cue.Hours) || day is null))
        {
            return writer.OpenNow(service, now, general, index, read.Has(Cue.Closed));
        }

        // "Muss ich mich für die Sprechstunde anmelden?": the hours, and the service's own sentence on "anmelden".
        var sentence = _search.ServiceSentence(index, service, terms);
        return writer.ServiceAnswer(service, read.Cues, day, read.Has(Cue.Next), now, general, index, sentence, read.Time, read.TimeIsEnd, read.DayPart);
    }

    /// <summary>
    /// Prefers passages that hold what the question asks for: an amount of money for "Wie viel kostet …?",
    /// a number for "Wie viele …?", a date for "Wann …?", a length of time for "Wie lange …?"
    /// (Microsoft.Recognizers.Text on the few candidates). Between passages that cover the question equally, the
    /// article the conversation is about wins ("Weihnachtsmarkt" – "Was kostet der Eintritt?").
    /// </summary>
    private IReadOnlyList<PassageHit> Rerank(IReadOnlyList<PassageHit> passages, ReadQuestion read, string? lastArticleId)
    {
        var wanted = read.Cues & (Cue.Cost | Cue.Quantity | Cue.When | Cue.Duration | Cue.Person);
        if (passages.Count == 0 || (wanted == Cue.None && lastArticleId is null))
        {
            return passages;
        }

        // The recognizers run only on candidates that could still reach the bar.
        var holds = passages.Select(p => wanted != Cue.None && p.Coverage + 0.2 >= _options.MinCoverage && AnswerHolds(p, wanted, read)).ToArray();
        var anyHolds = holds.Any(h => h);

        // Where some sentence holds an amount (a number, a date), one that does not is a weaker answer.
        return passages
            .Select((p, i) => !anyHolds ? p : p with { Coverage = holds[i] ? Math.Min(1, p.Coverage + 0.2) : p.Coverage * 0.8 })
            .OrderByDescending(p => p.Coverage)
            .ThenByDescending(p => p.Article.Id == lastArticleId)
            .ThenByDescending(p => p.Score)
            .ToArray();
    }

    /// <summary>
    /// True when the question asks for an amount (a price, a number, a length of time) that the passage holds and the
    /// service's text does not: "How much did the new Kita cost?" is answered by the article's cost, not by the
    /// office that gives out Kita places.
    /// </summary>
    private bool AmountOnlyInPassage(Service service, PassageHit? passage, ReadQuestion read)
    {
        var wanted = read.Cues & Amount;
        return wanted != Cue.None && passage is not null && Holds(passage.Sentence, wanted, read)
            && !KnowledgeIndex.Sentences(service).Any(sentence => Holds(sentence, wanted, read));
    }

    /// <summary>True when the question asks only for a person (no number, hours, …) and the service names none, in a field or its text.</summary>
    private bool PersonNotInService(Service service, ReadQuestion read) =>
        (read.Cues & Cue.ServiceDetail) == Cue.Person && service.Person is null
        && !KnowledgeIndex.Sentences(service).Any(sentence => Holds(sentence, Cue.Person, read));

    /// <summary>True unless the question asks for a telephone number or an e-mail address that the sentence lacks.</summary>
    private static bool HoldsContact(string sentence, Cue cues) =>
        ((cues & Cue.Phone) == 0 || PhoneNumber().IsMatch(sentence)) && ((cues & Cue.Email) == 0 || sentence.Contains('@', StringComparison.Ordinal));

    [GeneratedRegex(@"\d[\d /\-–]{4,}\d")]
    private static partial Regex PhoneNumber();

    /// <summary>
    /// True when the answer a passage gives holds what is wanted: the sentence, and the one before it where the
    /// answer brings that too ("Einen … Plan besprachen am Dienstagabend …. Diesen beschlossen sie …").
    /// </summary>
    private bool AnswerHolds(PassageHit passage, Cue wanted, ReadQuestion read)
    {
        if (Holds(passage.Sentence, wanted, read))
        {
            return true;
        }

        return passage.Ordinal > 0 && AnswerWriter.RefersBack(passage.Sentence)
            && KnowledgeIndex.Sentences(passage.Article).ElementAtOrDefault(passage.Ordinal - 1) is { } before
            && Holds(before, wanted, read);
    }

    /// <summary>
    /// True when a knowledge sentence holds what the question wants. "kostenlos", "frei" are a price ("Was kostet
    /// der Eintritt?" – "Der Eintritt ist frei.") but no sum of money spent or given ("Wie viel Geld wird investiert?").
    /// </summary>
    private bool Holds(string sentence, Cue wanted, ReadQuestion read) =>
        _reader.Holds(sentence, wanted, read.English, free: !read.Has(Cue.Money));

    /// <summary>Words that speak to the assistant itself ("du", "you"); language, not knowledge.</summary>
    private static bool AddressesAssistant(string word) =>
        word.Equals("du", StringComparison.OrdinalIgnoreCase) || word.Equals("bist", StringComparison.OrdinalIgnoreCase)
        || word.Equals("you", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentences on either side of the best one that may hold the amount it lacks.</summary>
    private const int NeighbourReach = 3;

    /// <summary>
    /// What an answer may be moved to another sentence for: an amount of money, a number or a length of time. Not a
    /// date: one is read in too many sentences ("am Ende", "bald").
    /// </summary>
    private const Cue Amount = Cue.Cost | Cue.Quantity | Cue.Duration;

    /// <summary>
    /// Where the question asks for an amount and the sentence that covers it best holds none, the nearest sentence
    /// of the same article that holds one answers instead ("Was kostet der Medienentwicklungsplan?": the plan is named
    /// in one sentence, its cost in the sentence about "dieses Planes" two further on). The nearest within a few
    /// sentences on either side; further away only the article's one such sentence, if it has just one. Another
    /// sentence is moved to for an amount of money, not for "kostenlos": "Wie viel Geld bekommen die Schulen?" is
    /// not answered by the free trial version beside the sentence about the schools.
    /// </summary>
    private PassageHit HoldingNeighbour(PassageHit best, ReadQuestion read)
    {
        var wanted = read.Cues & Amount;
        if (wanted == Cue.None || Holds(best.Sentence, wanted, read))
        {
            return best;
        }

        var sentences = KnowledgeIndex.Sentences(best.Article).ToArray();
        for (var distance = 1; distance <= NeighbourReach; distance++)
        {
            // After before: an article names its subject first and what it costs after.
            foreach (var ordinal in (ReadOnlySpan<int>)[best.Ordinal + distance, best.Ordinal - distance])
            {
                if (ordinal >= 0 && ordinal < sentences.Length && _reader.Holds(sentences[ordinal], wanted, read.English, free: false))
                {
                    return best with { Sentence = sentences[ordinal], Ordinal = ordinal };
                }
            }
        }

        // Further away only the article's one sentence that holds such an amount: then it is the amount of this
        // article ("Wieviel Geld wird in die Schulen investiert?"), not one of several to choose from.
        var holding = -1;
        for (var ordinal = 0; ordinal < sentences.Length; ordinal++)
        {
            if (Math.Abs(ordinal - best.Ordinal) > NeighbourReach && _reader.Holds(sentences[ordinal], wanted, read.English, free: false))
            {
                if (holding >= 0)
                {
                    return best;
                }

                holding = ordinal;
            }
        }

        return holding >= 0 ? best with { Sentence = sentences[holding], Ordinal = holding } : best;
    }

    private PassageHit? FirstHolding(Article article, ReadQuestion read)
    {
        var wanted = read.Cues & Amount;
        var ordinal = 0;
        foreach (var sentence in KnowledgeIndex.Sentences(article))
        {
            if (Holds(sentence, wanted, read))
            {
                return new PassageHit(article, sentence, ordinal, Coverage: 1, Score: 0);
            }

            ordinal++;
        }

        return null;
    }

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
