using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>
/// The question's words by what they do: those for what happens (its verbs and participles), the kinds of event it
/// asks the date of, its own words an article writes nowhere, and those its article's lead names as the subject.
/// </summary>
internal sealed partial class AnswerContext
{
    /// <summary>
    /// The topic words the question writes in lower case after its first word: in German the verbs, participles and
    /// adjectives, which name what happens ("beschlossen", "beginnen", "eröffnet"), where the nouns (capitalised)
    /// name the thing. A "Wann …?" asks for the date of that event.
    /// </summary>
    public IReadOnlyList<QueryTerm> EventTerms => _events ??= FindEventTerms();

    /// <summary>
    /// For "Wer …?", the verbs that say what the person asked did ("beschlossen", "organisiert"): the question's
    /// lower-case topic words, where it writes its nouns capitalised (else a lower-case word may be a noun) and asks for
    /// nobody to call or write to (there the words are the caller's circumstances: "Ich wohne an …").
    /// </summary>
    public IReadOnlyList<QueryTerm> DeedTerms =>
        Read.English || (Read.Cues & (Cue.Phone | Cue.Email | Cue.Address | Cue.Contact)) != 0 || !Read.Words.Skip(1).Any(w => char.IsUpper(w[0]))
            ? [] : EventTerms;

    /// <summary>
    /// True when the question asks how something is done and names nothing but the doing ("Wie melde ich mich an?",
    /// "Wie beantrage ich das?"): every topic word is a word that asks how (<c>cues/Procedure.txt</c>), so it asks
    /// about what the conversation is about.
    /// </summary>
    public bool AsksOnlyHow => _onlyHow ??= Question.Has(Cue.Procedure) && Question.TopicTerms > 0
        && Read.Words.Where(w => (Lexicon.CuesOf(Lexicon.Fold(w)) & Cue.Procedure) != 0).SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal) is var how
        && Question.Terms.All(t => t.IsCue || how.Contains(t.Term));

    private bool? _onlyHow;

    /// <summary>
    /// The kinds of event the question names (<c>markers/events.txt</c>: a beginning, an opening, a decision …), also
    /// by its cue words ("fertig", "beginnt"): a "Wann …?" asks for the date of that kind of event.
    /// </summary>
    public IReadOnlySet<string> AskedEvents => _askedEvents ??= SentenceMarkers.EventKinds(Read.Text);

    private IReadOnlySet<string>? _askedEvents;

    /// <summary>True when <paramref name="sentence"/> names a kind of event the question asks the date of.</summary>
    public bool NamesAskedEvent(string sentence) => AskedEventsNamed(sentence) > 0;

    /// <summary>
    /// How many of the kinds of event the question names <paramref name="sentence"/> names too ("ab … anmelden": a
    /// beginning and a registration). An end ("Die Frist endet am …") answers until when; "bis" with a date counts half
    /// for a finish ("Bauzeit bis September 2027" for "Wann ist … fertig?"), below a word that names the finish, since it
    /// names the end of any span ("Anmeldungen bis zum 30. April"). Each sentence is read once per question, though the
    /// ranking of an article's sentences weighs it several times.
    /// </summary>
    public double AskedEventsNamed(string sentence)
    {
        if (AskedEvents.Count == 0)
        {
            return 0;
        }

        if (!_eventsNamed.TryGetValue(sentence, out var named))
        {
            var kinds = SentenceMarkers.EventKinds(sentence);
            _eventsNamed[sentence] = named = AskedEvents.Sum(asked => kinds.Contains(asked) ? 1
                : asked == SentenceMarkers.UntilEvent && kinds.Contains(SentenceMarkers.FinishEvent) ? 1
                : asked == SentenceMarkers.FinishEvent && kinds.Contains(SentenceMarkers.UntilEvent) ? 0.5 : 0);
        }

        return named;
    }

    private readonly Dictionary<string, double> _eventsNamed = new(StringComparer.Ordinal);

    /// <summary>
    /// The question's own words for what happens that <paramref name="article"/> writes nowhere ("zugeschossen" where
    /// the article says "übernommen"; a misspelt verb): the question's lower-case topic words, where it writes
    /// its nouns capitalised (German), that the article's text lacks in every form or that half the articles hold. They
    /// name no thing, so an answer need not repeat them; the nouns still must be there.
    /// </summary>
    public IReadOnlySet<string> CitizensWords(Article article)
    {
        if (Read.English || (EventTerms.Count == 0 && ActionTerms.Count == 0))
        {
            return NoWords;
        }

        // Each sentence of an article weighed asks again: found once per article and question.
        if (!_citizensWords.TryGetValue(article.Id, out var words))
        {
            _citizensWords[article.Id] = words = FindCitizensWords(article);
        }

        return words;
    }

    private readonly Dictionary<string, IReadOnlySet<string>> _citizensWords = new(StringComparer.Ordinal);

    private IReadOnlySet<string> FindCitizensWords(Article article)
    {
        // A message written all in lower case does not tell its nouns by a capital: there a word of the compound
        // dictionary, or one that ends in such a noun ("sperrmüll"), is taken for a noun, and the others for the verbs.
        var lowerCase = !Read.Words.Skip(1).Any(w => char.IsUpper(w[0]));
        var verbs = lowerCase ? VerbsOfALowerCaseMessage() : EventTerms;

        // A lower-case word half the articles hold ("neu") narrows nothing either, wherever this article holds it.
        var lacking = TopicsNotMentioned("a:" + article.Id, KnowledgeSearch.ArticleText(article));
        return verbs.Where(t => lacking.Contains(t.Term) || HeldByHalfTheArticles(t.Term))
            .Concat(ActionTerms.Where(t => lacking.Contains(t.Term)))
            .Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The question's nouns of action that are no compound, before the thing they are done to ("die Reparatur der Brücke";
    /// <see cref="Lexicon.IsActionNoun"/>): like its verbs they name what happens to the things it names, which an
    /// article may word otherwise ("wird saniert"). Where the article writes one nowhere, it is the citizen's own word
    /// (<see cref="CitizensWords"/>); where it does ("der Abriss" beside "der Neubau"), it tells the deeds apart.
    /// </summary>
    public IReadOnlyList<QueryTerm> ActionTerms => _actions ??= FindActionTerms();

    private IReadOnlyList<QueryTerm>? _actions;

    /// <summary>
    /// True when <paramref name="term"/> is one of the question's nouns of action that are no compound, wherever it
    /// stands ("Und wann war die Verleihung?"): like a verb it names what happened, not a thing of its own.
    /// </summary>
    public bool NamesADeed(QueryTerm term) =>
        term.Parts.Count == 0 && term.Compound.Count == 0
        && (_deeds ??= Read.Words.Where(Lexicon.IsActionNoun).SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal)).Contains(term.Term);

    private HashSet<string>? _deeds;

    private IReadOnlyList<QueryTerm> FindActionTerms()
    {
        // Only one with the thing it is done to after it ("die Reparatur der Brücke", "die Abholung vom Baum"): that is
        // a deed; not the noun a count asks for ("Wie viele Wohnungen entstehen …?"), which is the thing itself.
        var words = Read.Words;
        var actions = words.Where((w, i) => Lexicon.IsActionNoun(w) && i + 1 < words.Count && KnowledgeSearch.IsPhraseLink(words[i + 1].ToLowerInvariant())
                && !(i > 0 && (Lexicon.CuesOf(Lexicon.Fold(words[i - 1])) & Cue.Quantity) != 0))
            .SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);
        return actions.Count == 0 ? []
            : Question.Terms.Where(t => !t.IsCue && actions.Contains(t.Term) && t.Parts.Count == 0 && t.Compound.Count == 0).ToArray();
    }

    /// <summary>
    /// The question's words for what happens ("erhöht", "zahlen", "bringt"; <see cref="QuestionReader.VerbWords"/>), as
    /// its topic terms: a sentence may say the same happening with another verb ("steigt" for "erhöht", "erhält" for
    /// "bringt").
    /// </summary>
    public IReadOnlySet<string> Verbs => _verbs ??= Read.English || EventTerms.Count == 0 ? NoWords
        : QuestionReader.VerbWords(Read.Words, lowerCase: true).SelectMany(w => Index.Analyzer.Terms(w))
            .Intersect(EventTerms.Select(t => t.Term), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? _verbs;

    /// <summary>
    /// The question's words that hold a time word (<see cref="SentenceMarkers.HoldsTimeWord"/>: "Sommer", "Montag"),
    /// found once per question, though every sentence weighed is read without them.
    /// </summary>
    public IReadOnlyList<string> TimeWords => _timeWords ??= Read.Words.Where(SentenceMarkers.HoldsTimeWord).ToArray();

    private IReadOnlyList<string>? _timeWords;

    /// <summary>
    /// The terms of the question's verb of paying ("zahlen", "bezahlen"; <c>cues/Pay.txt</c>): they ask a price or who
    /// pays, and stay topic words of the search, but the sentence that answers need not repeat them ("Der
    /// Hausanschluss ist kostenlos" for "Muss ich für den Anschluss was zahlen?").
    /// </summary>
    public IReadOnlySet<string> PayTerms => _payTerms ??= Read.Words.Where(w => (Lexicon.CuesOf(Lexicon.Fold(w)) & Cue.Pay) != 0)
        .SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? _payTerms;

    private IReadOnlyList<QueryTerm> VerbsOfALowerCaseMessage()
    {
        var verbs = Read.Words.Skip(1).Where(w => !QuestionReader.LooksLikeANoun(w.ToLowerInvariant()))
            .SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);
        return EventTerms.Where(t => verbs.Contains(t.Term)).ToArray();
    }

    /// <summary>
    /// True when half the articles or more hold <paramref name="term"/> (the town's name, "neu"): it names no subject.
    /// Counted once per question, though every sentence weighed asks again.
    /// </summary>
    private bool HeldByHalfTheArticles(string term)
    {
        if (!_heldByHalf.TryGetValue(term, out var held))
        {
            _heldByHalf[term] = held = Index.ArticlesHolding(term) >= Index.Knowledge.Articles.Count / 2.0;
        }

        return held;
    }

    private readonly Dictionary<string, bool> _heldByHalf = new(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> NoWords = new HashSet<string>();

    /// <summary>
    /// The question's topic words that <paramref name="article"/>'s lead sentence names as they are written (not as a
    /// part of another compound), with a citizen's slip or by a synonym as well ("Gänsefürung", "Turnhalle" for the
    /// lead's "Sporthalle"): the subject every later sentence of the article is about. Not a word that half the
    /// articles hold or more (the town's own name): that names no subject, only where everything happens.
    /// </summary>
    public IReadOnlySet<string> LeadSubject(Article article)
    {
        // Each sentence of an article weighed asks again: found once per article and question.
        if (!_leadSubjects.TryGetValue(article.Id, out var subject))
        {
            _leadSubjects[article.Id] = subject = FindLeadSubject(article);
        }

        return subject;
    }

    private readonly Dictionary<string, IReadOnlySet<string>> _leadSubjects = new(StringComparer.Ordinal);

    /// <summary>How well the lead must name a word for it to be the subject: as a synonym (0.7) or a near spelling (0.8) does, not only a part.</summary>
    private const double SubjectCoverage = 0.7;

    private IReadOnlySet<string> FindLeadSubject(Article article)
    {
        if (KnowledgeIndex.Sentences(article).FirstOrDefault() is not { } lead)
        {
            return NoWords;
        }

        var words = Index.TermsOf("lead:" + article.Id, () => lead);
        return Question.Terms
            .Where(t => !t.IsCue && KnowledgeSearch.Coverage([t], words) >= SubjectCoverage && !HeldByHalfTheArticles(t.Term))
            .Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
    }

    private IReadOnlyList<QueryTerm> FindEventTerms()
    {
        var lower = Read.Words.Skip(1).Where(w => char.IsLower(w[0])).SelectMany(w => Index.Analyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);
        return Question.Terms.Where(t => !t.IsCue && lower.Contains(t.Term)).ToArray();
    }
}
