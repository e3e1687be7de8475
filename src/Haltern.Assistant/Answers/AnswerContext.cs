using System.Runtime.CompilerServices;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>
/// One question on its way to an answer: the interpretation, the knowledge it is answered from, the conversation's
/// memory, and the searches the strategies share (each made once, when first needed).
/// </summary>
internal sealed partial class AnswerContext
{
    private readonly QuestionReader _reader;
    private IReadOnlyList<ServiceHit>? _serviceHits;
    private ServiceHit? _service;
    private bool _serviceSearched;
    private IReadOnlyList<PassageHit>? _passages;
    private IReadOnlyList<Article>? _topical;
    private IReadOnlyList<QueryTerm>? _events;

    /// <summary>
    /// Why a passage does not hold the kind of answer asked for, null where it does (<see cref="Strategies.PassageEvidence.WhyNot"/>),
    /// by its article, position and sentence, the kind asked and whether any verb may stand with a number: kept for
    /// the question, since its strategies weigh the same sentences several times.
    /// </summary>
    internal Dictionary<(string Article, int Ordinal, string Sentence, Cue Wanted, bool AnyVerb), string?> Verdicts { get; } = [];

    public AnswerContext(
        Interpretation question, KnowledgeIndex index, KnowledgeSearch search, QuestionReader reader, ConversationMemory memory,
        Service? general, DateTime now, double minCoverage, Hours.OpeningCalendar calendar)
    {
        Question = question;
        Index = index;
        Search = search;
        _reader = reader;
        Memory = memory;
        General = general;
        Now = now;
        MinCoverage = minCoverage;
        Writer = new AnswerWriter(question.English, calendar);
    }

    public Interpretation Question { get; }

    public ReadQuestion Read => Question.Read;

    public KnowledgeIndex Index { get; }

    public KnowledgeSearch Search { get; }

    public ConversationMemory Memory { get; }

    /// <summary>The service citizens are sent onward to.</summary>
    public Service? General { get; }

    /// <summary>The time in the city.</summary>
    public DateTime Now { get; }

    /// <summary>The share of a question's topic words an answer must hold.</summary>
    public double MinCoverage { get; }

    public AnswerWriter Writer { get; }

    /// <summary>
    /// The best service for the topic words, if it covers enough of them. Without topic words, only a service its
    /// title or keywords name with a word of the question ("Sprechstunde"), not one whose text happens to hold a
    /// cue word in a compound ("Adresse" in "Internetadresse").
    /// </summary>
    public ServiceHit? BestService
    {
        get
        {
            if (!_serviceSearched)
            {
                _serviceSearched = true;
                _service = ServiceHits.FirstOrDefault(s => s.Coverage >= MinCoverage && (Question.TopicTerms > 0 || Named(s.Service)));
            }

            return _service;
        }
    }

    /// <summary>The services found for the question's words, best first, searched once per question.</summary>
    /// <remarks>
    /// The town's own name (<see cref="KnowledgeIndex.NamesEverything"/>) counts where a service holds it, as a cue
    /// word does, but names none: a question naming the town is not about the service whose title does ("Freibad …").
    /// </remarks>
    public IReadOnlyList<ServiceHit> ServiceHits => _serviceHits ??= Search.Services(Index, [.. Question.Terms.Select(t => !t.IsCue && Index.NamesEverything(t.Term) ? t with { IsCue = true } : t)]);

    /// <summary>The sentences found for the topic words, best first (unranked by answer type).</summary>
    public IReadOnlyList<PassageHit> Passages => _passages ??= Question.TopicTerms == 0 ? [] : Search.Passages(Index, Question.Terms);

    /// <summary>
    /// The articles on the question's topic (within its dates): those that cover it most first, then those whose title
    /// names it, newest first among equals; so the first one shown, which a follow-up then refers to, is about the
    /// topic and does not only mention it (the fire station's article before the budget that lists it).
    /// </summary>
    public IReadOnlyList<Article> TopicalArticles => _topical ??= Question.TopicTerms == 0 ? [] : FindTopical();

    /// <summary>The last article, where the conversation has one.</summary>
    public Article? LastArticle => Index.FindArticle(Question.RefersTo.ArticleId);

    /// <summary>The last service, where the conversation has one.</summary>
    public Service? LastService => Index.FindService(Question.RefersTo.ServiceId);

    /// <summary>The analysed terms of what <paramref name="article"/> is about: its title and lead sentence.</summary>
    public IReadOnlySet<string> SubjectTerms(Article article) =>
        Index.TermsOf("subject:" + article.Id, () => article.Title + "\n" + KnowledgeIndex.Sentences(article).FirstOrDefault());

    /// <summary>The article that covered the last question as well as the office whose answer was given (<see cref="ConversationMemory.ArticleBesideService"/>).</summary>
    public Article? ArticleBesideLastService => Question.RefersTo.ServiceId is null ? null : Index.FindArticle(Memory.ArticleBesideService);

    /// <summary>
    /// True when the last office's text holds the kind of answer asked for, in a sentence about what the article beside
    /// it is about where there is one (a word of its title or lead sentence): the tourist office's free cycling maps
    /// are no price of the goose tours the last question was about.
    /// </summary>
    public bool LastServiceHolds(Cue wanted)
    {
        if (LastService is not { } service)
        {
            return false;
        }

        var subject = ArticleBesideLastService is { } beside ? SubjectTerms(beside) : null;
        return KnowledgeIndex.Sentences(service).Select((s, i) => (s, i)).Any(x => Holds(x.s, wanted)
            && (subject is null || Index.TermsOf("service:" + service.Id + "#" + x.i, () => x.s).Any(t => subject.Contains(t) && !HeldByHalfTheArticles(t))));
    }

    /// <summary>
    /// The service whose title the last article's title names ("Bürgerbüro: Ausweise nur mit Termin"):
    /// where it is, how to reach it, is asked of that office ("Wo ist das?"), not of the article.
    /// </summary>
    public Service? ServiceNamedByLastArticle()
    {
        if (LastArticle is not { } article)
        {
            return null;
        }

        var title = Index.TermsOf("title:" + article.Id, () => article.Title);
        return Index.Knowledge.Services.FirstOrDefault(s =>
            Index.TermsOf("title:" + s.Id, () => s.Title) is { Count: > 0 } words && words.All(title.Contains));
    }

    /// <summary>
    /// The newest article whose title and opening (teaser, first sentence) name the last service by every word of its
    /// title ("Hallenbad Lindenbad": "Das Hallenbad … Lindenbad schließt"); null where none does or no service was last.
    /// </summary>
    public Knowledge.Article? ArticleAboutLastService()
    {
        if (LastService is not { } service || Index.TermsOf("title:" + service.Id, () => service.Title) is not { Count: > 0 } words)
        {
            return null;
        }

        return Index.NewestHoldingAll(words, a =>
            Index.TermsOf("opening:" + a.Id, () => a.Title + "\n" + a.Teaser + "\n" + KnowledgeIndex.Sentences(a).FirstOrDefault()) is var opening
            && words.All(opening.Contains));
    }

    /// <summary>True when a knowledge sentence holds what is wanted ("kostenlos" is a price, no sum of money spent or given).</summary>
    public bool Holds(string sentence, Cue wanted) => Holds(sentence, wanted, free: !Read.Has(Cue.Money));

    public bool Holds(string sentence, Cue wanted, bool free) => _reader.Holds(sentence, wanted, Read.English, free);

    /// <summary>True when <paramref name="sentence"/> of <paramref name="article"/> names a day not gone by now (see <see cref="QuestionReader.NamesAComingDay"/>).</summary>
    public bool NamesAComingDay(string sentence, Knowledge.Article article) =>
        _reader.NamesAComingDay(sentence, article.Date, DateOnly.FromDateTime(Now));

    /// <summary>The share of the topic words <paramref name="text"/> holds (<paramref name="key"/> names the text for the index's term cache).</summary>
    public double Coverage(string key, string text) => KnowledgeSearch.Coverage(Question.Terms, Index.TermsOf(key, () => text));

    /// <summary>
    /// The share of the topic words <paramref name="text"/> of <paramref name="article"/> holds, where a verb naming the
    /// event asked of counts in full if the article says the event with it (<see cref="SaysTheEvent"/>).
    /// </summary>
    public double Coverage(string key, string text, Article article) =>
        KnowledgeSearch.Coverage(Question.Terms, Index.TermsOf(key, () => text), !SaysTheEvent(article));

    /// <summary>True when <paramref name="article"/> says the event asked of with the question's verb (<see cref="QueryTerm.NamesTheEvent"/>).</summary>
    public bool SaysTheEvent(Article article) =>
        KnowledgeSearch.AsksAnEvent(Question.Terms) && KnowledgeSearch.SaysTheEvent(Question.Terms, Index.TermsOf("a:" + article.Id, () => KnowledgeSearch.ArticleText(article)));

    /// <summary>The topic words <paramref name="text"/> does not mention itself, as a form, or as the last part of it (the last part of a compound, or the word it is derived from).</summary>
    public IReadOnlyList<string> TopicsNotMentioned(string key, string text)
    {
        var words = Index.TermsOf(key, () => text);
        // The last part of a compound the question's word was split into counts as it does when longer ("Rat" of "Stadtrat").
        return Question.Terms.Where(t => !t.IsCue && !(KnowledgeSearch.Coverage([t], words) > 0 || words.Any(w => PartOf(w, t.Term))
                || (t.Parts.Count > 1 && words.Contains(t.Parts[^1]))))
            .Select(t => t.Term).ToArray();
    }

    /// <summary>
    /// True unless the question asks for a measure whose units are known ("Wie alt …?", "Wie hoch …?") and no number
    /// of <paramref name="sentence"/> stands before one of them: "zwei Stellvertreter" is no age, "76 Zentimeter" a height.
    /// </summary>
    public bool HoldsMeasureAsked(string sentence)
    {
        if (!Read.Has(Cue.Measure))
        {
            return true;
        }

        _units ??= new(SentenceMarkers.MeasureUnits(Read.Words.Select(Lexicon.Fold).ToArray()));
        return _units.Value is not { } unit || _reader.NumberUnits(sentence).Any(unit) || (AsksHowMuchOf && CountsATopic(sentence));
    }

    /// <summary>
    /// True for "wie viel" before a noun that names no money (see <see cref="QuestionReader"/>): said colloquially of
    /// things that are counted too ("wie viel Bäume"), so a count of the thing asked answers as well as a measure.
    /// </summary>
    private bool AsksHowMuchOf => Read.Has(Cue.Measure) && Read.Words.Any(w => Lexicon.Fold(w) is "viel" or "wieviel");

    private StrongBox<Func<string, bool>?>? _units;

    /// <summary>
    /// The terms of the noun the question counts, right after its words that ask a count ("In wie vielen Straßen …?":
    /// "Straßen", a word that otherwise asks where; phrases/Quantity.txt): its first capitalised word within two words,
    /// or in a message written in lower case its first word that is no function word.
    /// </summary>
    private IReadOnlySet<string> CountedAsked => _countedAsked ??= FindCountedAsked();

    private IReadOnlySet<string>? _countedAsked;

    private HashSet<string> FindCountedAsked()
    {
        var words = Read.Words;
        var folded = words.Select(Lexicon.Fold).ToArray();
        var lower = !words.Skip(1).Any(w => char.IsUpper(w[0]));
        foreach (var (cue, start, length) in Lexicon.Phrases(folded))
        {
            if ((cue & Cue.Quantity) == 0)
            {
                continue;
            }

            for (var i = start + length; i < words.Count && i <= start + length + 2; i++)
            {
                if (lower ? !StopWords.Index.Contains(folded[i]) : char.IsUpper(words[i][0]))
                {
                    return Index.Analyzer.Terms(words[i]).ToHashSet(StringComparer.Ordinal);
                }
            }
        }

        return [];
    }

    /// <summary>
    /// True when a number of <paramref name="sentence"/> counts a topic word: the noun after it is one, itself, as a
    /// form or a synonym, or as the last part of a compound ("110 Plätze" for "Kitaplätze"), so a count of something
    /// else in a sentence on the topic ("Nach 16 Monaten Bauzeit ist die neue Kita …") is not taken for it.
    /// </summary>
    /// <param name="sentence">The sentence whose numbers are read.</param>
    /// <param name="about">The title and lead sentence of its article, which name what it is about; null for a service's sentence.</param>
    public bool CountsATopic(string sentence, string? about = null)
    {
        _general ??= new(GeneralNouns.CountedBy(Read.Words));
        foreach (var (noun, between) in _reader.CountedNounPhrases(sentence))
        {
            // "Wie viele Leute …?": a general noun counts the persons or things the text names ("38 Mitglieder"), where
            // the text names every other thing the question does (not "640 Eltern" of a survey, for the town council).
            if (_general.Value is { } general && general(noun) && NamesTheNouns(about is null ? sentence : about + "\n" + sentence))
            {
                return true;
            }

            // Persons of a kind asked ("Wie viele Fahrer …?") are counted by another noun for persons where the sentence
            // names the kind asked: "sucht noch Fahrerinnen und Fahrer; derzeit engagieren sich 28 Ehrenamtliche".
            if (PersonsAsked is { } persons && GeneralNouns.CountsPersons(noun) && KnowledgeSearch.Coverage([persons], Index.TermsOf("persons:" + sentence, () => sentence)) >= 0.9)
            {
                return true;
            }

            // A word by which a text counts any installation or item ("75 Anlagen", "30 Geräte") counts the thing asked
            // where the article's title or lead names it ("Stadt fördert Wärmepumpen").
            if (about is not null && QuestionNouns.Count > 0 && Classifiers.Matches(Lexicon.Fold(noun)) && NamesTheNouns(about))
            {
                return true;
            }

            var words = Index.TermsOf("noun:" + noun, () => noun);
            if (Question.Terms.Any(t => !t.IsCue && (KnowledgeSearch.Coverage([t], words) > 0 || words.Any(w => PartOf(w, t.Term))))
                || words.Any(CountedAsked.Contains))
            {
                return true;
            }

            // A noun of the question that the text writes as the counted noun's adjective: "Wie viele Ehrenamtliche …?",
            // "41 ehrenamtliche Mitglieder".
            foreach (var adjective in between.Where(w => char.IsLower(w[0])))
            {
                var held = Index.TermsOf("noun:" + adjective, () => adjective);
                if (QuestionNouns.Any(t => KnowledgeSearch.Coverage([t], held) >= 0.9))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private StrongBox<Func<string, bool>?>? _general;

    /// <summary>The question's term for the persons of a kind "wie viele" asks about (<see cref="GeneralNouns.PersonsAsked"/>), or null.</summary>
    private QueryTerm? PersonsAsked
    {
        get
        {
            if (_personsAsked is null)
            {
                var word = GeneralNouns.PersonsAsked(Read.Words);
                var terms = word is null ? [] : Index.Analyzer.Terms(word);
                _personsAsked = new(Question.Terms.FirstOrDefault(t => !t.IsCue && terms.Contains(t.Term)));
            }

            return _personsAsked.Value;
        }
    }

    private StrongBox<QueryTerm?>? _personsAsked;

    /// <summary>The nouns by which a text counts any installation or item (<c>Language/de/classifier-nouns.txt</c>).</summary>
    private static readonly SentenceMarkers.WordMatcher Classifiers = new("de/classifier-nouns.txt");

    /// <summary>The topic words the question writes with a capital after its first word: its nouns.</summary>
    private IReadOnlyList<QueryTerm> QuestionNouns => _nouns ??= FindNouns();

    private IReadOnlyList<QueryTerm>? _nouns;

    private QueryTerm[] FindNouns()
    {
        // A message all in lower case: the words of the compound dictionary, or that end in one, are its nouns.
        var lowerCase = !Read.Words.Skip(1).Any(w => char.IsUpper(w[0]));
        var nouns = Read.Words.Skip(1).Where(w => lowerCase ? QuestionReader.LooksLikeANoun(w.ToLowerInvariant()) : char.IsUpper(w[0]))
            .SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);
        return Question.Terms.Where(t => !t.IsCue && nouns.Contains(t.Term)).ToArray();
    }

    /// <summary>
    /// True when <paramref name="text"/> holds each noun of the question: as itself or a form (a synonym is too far from
    /// a question that names its thing with a general noun), the last part
    /// of the compound it was split into ("Rat" of "Stadtrat"), or, for a compound of a general noun, its first part.
    /// </summary>
    private bool NamesTheNouns(string text)
    {
        var key = "nouns:" + text;
        var words = Index.TermsOf(key, () => text);
        var named = GeneralCompoundsNamed(key, text);
        return QuestionNouns.All(t => named.Contains(t.Term) || KnowledgeSearch.Coverage([t], words) >= 0.9 || (t.Parts.Count > 1 && words.Contains(t.Parts[^1])));
    }

    /// <summary>
    /// The question's compounds of a general noun ("Feuerwehrleute") whose first part <paramref name="text"/> holds
    /// ("Feuerwehr"): the persons they stand for are named, though no text writes the compound.
    /// </summary>
    public IReadOnlySet<string> GeneralCompoundsNamed(string key, string text)
    {
        HashSet<string>? named = null;
        foreach (var word in Read.Words)
        {
            if (GeneralNouns.Modifier(word) is { } modifier && Index.Analyzer.Terms(modifier).Any(Index.TermsOf(key, () => text).Contains))
            {
                (named ??= new(StringComparer.Ordinal)).UnionWith(Index.Analyzer.Terms(word));
            }
        }

        return named ?? NoWords;
    }

    /// <summary>A compound's last part ("plan" of "medienentwicklungsplan") or the word a longer one is derived from ("digital", "digitalisier").</summary>
    private static bool PartOf(string word, string term) =>
        term.Length > word.Length && ((word.Length >= 4 && term.EndsWith(word, StringComparison.Ordinal)) || (word.Length >= 5 && term.StartsWith(word, StringComparison.Ordinal)));

    private bool Named(Service service)
    {
        var names = Index.TermsOf("names:" + service.Id, () => string.Join(" . ", service.Keywords.Prepend(service.Title)));
        return Question.Terms.Any(t => names.Contains(t.Term));
    }

    private IReadOnlyList<Article> FindTopical()
    {
        var span = Read.PastSpan;
        var filter = span is null ? null : KnowledgeIndex.DateRange(span.Start, span.End);
        return Search.Articles(Index, Question.Terms, filter)
            .Where(a => a.Coverage >= MinCoverage)
            .OrderByDescending(a => Math.Round(a.Coverage, 2))
            .ThenByDescending(a => Math.Round(Coverage("t:" + a.Article.Id, a.Article.Title), 2))
            .ThenByDescending(a => a.Article.Date)
            .Select(a => a.Article)
            .ToArray();
    }
}
