using System.Runtime.CompilerServices;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Haltern.Assistant.Understanding;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>One query word as searched: the analysed term, the parts of a compound, and whether it only says what kind of question this is.</summary>
public sealed record QueryTerm(string Term, IReadOnlyList<string> Parts, bool IsCue)
{
    /// <summary>
    /// True when a topic word is not in the index as written, so near spellings are searched too. A word the
    /// index holds is no typo, a cue word ("Telefonnummer") was understood already, and fuzzy queries are what a
    /// search costs most (each builds a Levenshtein automaton).
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>
    /// The same verb as the index writes it otherwise: "nutzt" and "genutzt", "kosten" and "kostet". The stemmer
    /// leaves the ending "-t" and the participle's "ge-" on; only forms the index holds are kept.
    /// </summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>
    /// Words of the same meaning that the index holds (the staff's synonyms first, then the thesaurus'): searched
    /// beside the word, below it (see <see cref="KnowledgeSearch"/>), never instead of it.
    /// </summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// <summary>A service found for a question, with how much of the question it covers (0..1).</summary>
public sealed record ServiceHit(Service Service, double Coverage, float Score);

/// <summary>A sentence of an article found for a question, with how much of the question it covers (0..1).</summary>
public sealed record PassageHit(Article Article, string Sentence, int Ordinal, double Coverage, float Score);

/// <summary>An article found for a question, with how much of the question it covers (0..1).</summary>
public sealed record ArticleHit(Article Article, double Coverage, float Score);

/// <summary>
/// Searches the index with queries built from analysed tokens (never a query parser on raw text): exact terms,
/// compounds split against the index's own vocabulary, and fuzzy variants for typos. Each hit is then rated by
/// its coverage: the share of the question's topic words it contains, the confidence the assistant decides on.
/// </summary>
public sealed partial class KnowledgeSearch
{
    private const int Candidates = 8;

    /// <summary>The articles whose sentences a passage search scores when more than these match the question.</summary>
    private const int ArticleCandidates = 64;

    /// <summary>The best-matching articles whose titles a passage search also rates.</summary>
    private const int TitleCandidates = 4;

    /// <summary>Each question's terms with the term dictionary lookups made for them, for as long as the terms live.</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<QueryTerm>, TermLookup> _lookups = new();

    /// <summary>
    /// Each kind of document as a filter whose bit set Lucene keeps per index segment (and drops with it): made once
    /// per segment, instead of the kind's term looked up and its postings read in every search.
    /// </summary>
    private static readonly Dictionary<string, Filter> Kinds = new[] { KnowledgeIndex.KindService, KnowledgeIndex.KindArticle, KnowledgeIndex.KindPassage }
        .ToDictionary(kind => kind, kind => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(KnowledgeIndex.KindField, kind)))), StringComparer.Ordinal);


    /// <summary>
    /// Analyses <paramref name="text"/> into query terms; <paramref name="cueWords"/> are words that only tell the kind
    /// of question; <paramref name="translations"/> are German words for some of its words (an English question, see
    /// <see cref="Glossary"/>), searched as other forms of them where the index holds them.
    /// </summary>
    public IReadOnlyList<QueryTerm> Terms(
        KnowledgeIndex index, string text, IEnumerable<string> cueWords, IReadOnlyList<(string Word, IReadOnlyList<string> German)>? translations = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Search(searcher =>
        {
            var lookup = new TermLookup(searcher, index);
            var cueStems = cueWords.SelectMany(w => index.Analyzer.Terms(w)).Select(t => WithoutS(lookup, t)).ToHashSet(StringComparer.Ordinal);
            var translated = Translated(index, lookup, translations);
            var words = index.Analyzer.Terms(text)
                .Select(t => WithoutS(lookup, t))
                .Distinct(StringComparer.Ordinal)
                .Take(24)
                .ToArray();
            var thesaurus = Thesaurus.Current;
            var written = WrittenWords(text);
            var terms = words
                .Select(term => (Term: term, Cue: cueStems.Contains(term), German: translated.GetValueOrDefault(term) ?? []))
                .Select(t => Fields.Any(f => lookup.Occurs(f.Field, t.Term)) // kept for the searches' queries
                    ? new QueryTerm(t.Term, [], t.Cue) { Forms = t.Cue ? [] : [.. VerbForms(lookup, t.Term), .. t.German] }
                    : t.Cue // a cue word ("Telefonnummer", "Neuigkeiten") was understood already: no near spellings, no parts
                        ? new QueryTerm(t.Term, [], IsCue: true)
                        : t.German.Count > 0 // "school": the index holds "schul", which is what is searched
                            ? new QueryTerm(t.Term, [], IsCue: false) { Forms = t.German }
                            : new QueryTerm(t.Term, Decompound(lookup, t.Term), IsCue: false) { Fuzzy = true, Forms = VerbForms(lookup, t.Term) })
                .Select(t => t.IsCue || !written.TryGetValue(t.Term, out var word) ? t
                    : t with { Synonyms = index.SynonymsOf(word, thesaurus is not null, () => Synonyms(index.Synonyms, thesaurus, lookup, word, t.Term)).Where(s => !words.Contains(s)).ToArray() })
                .ToArray();
            _lookups.AddOrUpdate(terms, lookup);
            return terms;
        });
    }

    /// <summary>The analysed German terms the index holds for each analysed word of <paramref name="translations"/>.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Translated(
        KnowledgeIndex index, TermLookup lookup, IReadOnlyList<(string Word, IReadOnlyList<string> German)>? translations)
    {
        var translated = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (word, german) in translations ?? [])
        {
            var held = german.SelectMany(w => index.Analyzer.Terms(w)).Distinct(StringComparer.Ordinal).Where(t => InIndex(lookup, t)).ToArray();
            foreach (var term in index.Analyzer.Terms(word).Select(t => WithoutS(lookup, t)))
            {
                if (held.Length > 0)
                {
                    translated[term] = translated.TryGetValue(term, out var more) ? [.. more.Union(held)] : held;
                }
            }
        }

        return translated;
    }

    /// <summary>
    /// The word without its final "s" where the index holds only that: the stemmer keeps the "s" of the genitive
    /// and the plural after a vowel ("des Bürgerbüros", "die Kitas", "Büros"), which the knowledge writes without.
    /// </summary>
    private static string WithoutS(TermLookup lookup, string term)
    {
        if (term.Length < 5 || term[^1] != 's' || InIndex(lookup, term))
        {
            return term;
        }

        var bare = term[..^1];
        return InIndex(lookup, bare) ? bare : term;
    }

    /// <summary>True when <paramref name="term"/> occurs in a field questions are searched in (no statistics kept: a compound's candidate parts).</summary>
    private static bool InIndex(TermLookup lookup, string term) => Fields.Any(f => lookup.Contains(f.Field, term));

    /// <summary>The lookups made for <paramref name="terms"/> in <paramref name="index"/>, or new ones (terms made elsewhere, or for another state).</summary>
    private TermLookup Lookup(KnowledgeIndex index, IndexSearcher searcher, IReadOnlyList<QueryTerm> terms) =>
        _lookups.TryGetValue(terms, out var lookup) && ReferenceEquals(lookup.Index, index) ? lookup : new TermLookup(searcher, index);

    public IReadOnlyList<ServiceHit> Services(KnowledgeIndex index, IReadOnlyList<QueryTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (terms.Count == 0)
        {
            return [];
        }

        return index.Search(searcher =>
        {
            var lookup = Lookup(index, searcher, terms);
            var top = searcher.Search(Build(lookup, KnowledgeIndex.KindService, Words(index, searcher, lookup, terms), null), Candidates);
            return top.ScoreDocs
                .Select(d => (Service: index.FindService(index.Document(d.Doc).Id), d.Score))
                .Where(x => x.Service is not null)
                .Select(x => new ServiceHit(x.Service!, Math.Min(1, Coverage(terms, index.TermsOf("s:" + x.Service!.Id, () => ServiceText(x.Service!))) + NamedOnlyHere(index, terms, x.Service!)), x.Score))
                .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)
                .ToArray();
        });
    }

    public IReadOnlyList<PassageHit> Passages(KnowledgeIndex index, IReadOnlyList<QueryTerm> terms, Query? filter = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (terms.Count == 0)
        {
            return [];
        }

        return index.Search(searcher =>
        {
            // A sentence matches only where its article does (an article document holds its title and every
            // sentence), so the articles are searched first: they are about a tenth as many documents as the
            // sentences. Where more articles match than ArticleCandidates, only the sentences of the best of
            // them are scored, not every sentence that shares a common word with the question; where fewer
            // match, the sentences searched are those the whole index would give.
            var lookup = Lookup(index, searcher, terms);
            var words = Words(index, searcher, lookup, terms);
            var articles = BestArticles(searcher, lookup, words, filter);
            if (articles.TotalHits == 0)
            {
                return [];
            }

            var query = Build(lookup, KnowledgeIndex.KindPassage, words, filter);
            if (articles.TotalHits > ArticleCandidates)
            {
                var within = new BooleanQuery { Boost = 0 }; // selects, scores nothing: the sentences' scores stay as they were
                foreach (var article in articles.ScoreDocs)
                {
                    within.Add(lookup.Query(KnowledgeIndex.IdField, index.Document(article.Doc).Id!), Occur.SHOULD);
                }

                query.Add(within, Occur.MUST);
            }

            var top = searcher.Search(query, Candidates * 2);
            var hits = new List<PassageHit>();
            var articleCoverage = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var doc = index.Document(scoreDoc.Doc);
                if (index.FindArticle(doc.Id) is not { } article || doc.Sentence is not { } sentence)
                {
                    continue;
                }

                var ordinal = doc.Ordinal;
                if (!articleCoverage.TryGetValue(article.Id, out var context))
                {
                    articleCoverage[article.Id] = context = Coverage(terms, index.TermsOf("a:" + article.Id, () => ArticleText(article)));
                }

                // A sentence is answered for its own words first; the article around it counts for 40 %.
                var own = Coverage(terms, index.TermsOf("p:" + article.Id + "#" + ordinal, () => sentence));
                var coverage = Math.Max(own, (0.6 * own) + (0.4 * context));
                hits.Add(new PassageHit(article, sentence, ordinal, coverage, scoreDoc.Score));
            }

            // A question its title answers ("Laubsammlung", "Wann startet die Laubsammlung?") is answered by the
            // article's first sentence, which the title heads, though no sentence repeats the title's words.
            foreach (var scoreDoc in articles.ScoreDocs.Take(TitleCandidates))
            {
                if (index.FindArticle(index.Document(scoreDoc.Doc).Id) is not { } article)
                {
                    continue;
                }

                var title = Coverage(terms, index.TermsOf("t:" + article.Id, () => article.Title));
                if (title <= 0 || KnowledgeIndex.Sentences(article).FirstOrDefault() is not { } first)
                {
                    continue;
                }

                if (!articleCoverage.TryGetValue(article.Id, out var context))
                {
                    articleCoverage[article.Id] = context = Coverage(terms, index.TermsOf("a:" + article.Id, () => ArticleText(article)));
                }

                var coverage = Math.Max(title, (0.6 * title) + (0.4 * context));
                var same = hits.FindIndex(h => h.Ordinal == 0 && ReferenceEquals(h.Article, article));
                if (same < 0)
                {
                    hits.Add(new PassageHit(article, first, 0, coverage, scoreDoc.Score));
                }
                else if (hits[same].Coverage < coverage)
                {
                    hits[same] = hits[same] with { Coverage = coverage };
                }
            }

            return hits.OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score).ToArray();
        });
    }

    /// <summary>
    /// The articles whose sentences a passage search scores: those that hold two of the question's topic words
    /// when at least <see cref="ArticleCandidates"/> do (a common word then does not make every article a
    /// candidate), else those that hold one. A sentence that shares only cue words with the question
    /// ("lange", "kostet") cannot cover it.
    /// </summary>
    private static TopDocs BestArticles(IndexSearcher searcher, TermLookup lookup, IReadOnlyList<(QueryTerm Term, Query Clause)> words, Query? filter)
    {
        if (words.Count(w => !w.Term.IsCue) >= 2)
        {
            var two = searcher.Search(Build(lookup, KnowledgeIndex.KindArticle, words, filter, minTopics: 2), ArticleCandidates);
            if (two.TotalHits >= ArticleCandidates)
            {
                return two;
            }
        }

        return searcher.Search(Build(lookup, KnowledgeIndex.KindArticle, words, filter, minTopics: 1), ArticleCandidates);
    }

    public IReadOnlyList<ArticleHit> Articles(KnowledgeIndex index, IReadOnlyList<QueryTerm> terms, Query? filter = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (terms.Count == 0)
        {
            return [];
        }

        return index.Search(searcher =>
        {
            var lookup = Lookup(index, searcher, terms);
            var top = searcher.Search(Build(lookup, KnowledgeIndex.KindArticle, Words(index, searcher, lookup, terms), filter), Candidates);
            return top.ScoreDocs
                .Select(d => (Article: index.FindArticle(index.Document(d.Doc).Id), d.Score))
                .Where(x => x.Article is not null)
                .Select(x => new ArticleHit(x.Article!, Coverage(terms, index.TermsOf("a:" + x.Article!.Id, () => ArticleText(x.Article!))), x.Score))
                .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)
                .ToArray();
        });
    }

    /// <summary>
    /// The sentence of a service's text that holds what a question asks beyond the service's title ("anmelden" in
    /// "Muss ich mich für die Sprechstunde anmelden?" meets "Eine Anmeldung ist nicht nötig.", "Trauungen" in "Wann
    /// sind Trauungen im Standesamt?" meets "Trauungen finden nach Vereinbarung statt."): at least half of those
    /// words, the most of them; null when the question asks nothing beyond the title or no sentence holds it.
    /// </summary>
    public string? ServiceSentence(KnowledgeIndex index, Service service, IReadOnlyList<QueryTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(terms);
        var names = index.TermsOf("title:" + service.Id, () => service.Title);
        var asked = terms.Where(t => !t.IsCue && !names.Contains(t.Term)).ToArray();
        if (asked.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestScore = 0.0;
        var ordinal = 0;
        foreach (var sentence in KnowledgeIndex.Sentences(service))
        {
            var words = index.TermsOf("ss:" + service.Id + "#" + ordinal++, () => sentence);
            var score = asked.Sum(t => Match(t, words));
            if (score > bestScore)
            {
                (best, bestScore) = (sentence, score);
            }
        }

        return bestScore >= 0.9 && bestScore >= asked.Length / 2.0 ? best : null;
    }

    /// <summary>
    /// 0.1 more for a service whose title or keywords hold a topic word that no other service's do ("Wann kann
    /// ich Sperrmüll abgeben?" names the one place for Sperrmüll even if "abgeben" is written otherwise there).
    /// A word several services share (the town's name) gives nothing.
    /// </summary>
    private static double NamedOnlyHere(KnowledgeIndex index, IReadOnlyList<QueryTerm> terms, Service service)
    {
        var names = index.TermsOf("n:" + service.Id, () => NameText(service));
        return terms.Any(t => !t.IsCue && names.Contains(t.Term) && index.ServicesNaming(t.Term, NameText) == 1) ? 0.1 : 0;
    }

    private static string NameText(Service s) => string.Join("\n", s.Keywords.Prepend(s.Title));

    private static string ServiceText(Service s) => string.Join("\n",
        s.Keywords.Concat(s.Questions).Concat(s.Paragraphs)
            .Append(s.Title).Append(s.Role).Append(s.Person).Append(s.Place).Append(s.Address).OfType<string>());

    /// <summary>What an article is rated by: its title, teaser and text, and its category ("Veranstaltungen"), which is indexed with it.</summary>
    private static string ArticleText(Article a) => string.Join("\n", a.Paragraphs.Prepend(a.Teaser ?? string.Empty).Prepend(a.Category ?? string.Empty).Prepend(a.Title));

    /// <summary>
    /// Each word with its query. A word searched with near spellings and compound heads (fuzzy and wildcard
    /// queries, which look through the index's terms) is rewritten to the terms they found once per index state
    /// and kept (see <see cref="KnowledgeIndex.Rewritten"/>), so the searches of one question, and later questions
    /// with the same word, do not look again.
    /// </summary>
    private static (QueryTerm Term, Query Clause)[] Words(KnowledgeIndex index, IndexSearcher searcher, TermLookup lookup, IReadOnlyList<QueryTerm> terms) =>
        terms.Select(t => (t, t.Fuzzy ? index.Rewritten(t, () => searcher.Rewrite(Clause(lookup, t))) : Clause(lookup, t))).ToArray();

    /// <param name="lookup">The question's term lookups.</param>
    /// <param name="kind">The kind of document searched.</param>
    /// <param name="words">The question's words, each with the query for it (see <see cref="Clause"/>).</param>
    /// <param name="filter">A further condition (a date range), scored nothing.</param>
    /// <param name="minTopics">
    /// When above 0, only documents that hold at least this many of the topic words, not just cue words ("lange",
    /// "kostet" occur in most articles); the documents that match score as they would without it (BM25 does not
    /// weigh by the share of clauses matched).
    /// </param>
    private static BooleanQuery Build(TermLookup lookup, string kind, IReadOnlyList<(QueryTerm Term, Query Clause)> words, Query? filter, int minTopics = 0)
    {
        var all = new BooleanQuery();
        var topics = minTopics > 0 && words.Any(w => !w.Term.IsCue) ? new BooleanQuery { MinimumNumberShouldMatch = minTopics } : all;
        foreach (var (term, clause) in words)
        {
            (term.IsCue ? all : topics).Add(clause, Occur.SHOULD);
        }

        if (topics != all)
        {
            all.Add(topics, Occur.MUST);
        }

        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(Kinds[kind]) { Boost = 0 }, Occur.MUST },
            { all, Occur.MUST },
        };
        if (filter is not null)
        {
            filter.Boost = 0;
            query.Add(filter, Occur.MUST);
        }

        return query;
    }

    /// <summary>One word of the question in every field: exact, near spellings, compound parts, compound heads.</summary>
    private static Query Clause(TermLookup lookup, QueryTerm term)
    {
        var clause = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            // A term the field lacks is left out: under BM25 (no coordination factor, no query norm) it changes no
            // score, and Lucene would still weigh it (a table of 256 norms per term and search).
            if (lookup.Occurs(field, term.Term))
            {
                clause.Add(lookup.Query(field, term.Term, boost), Occur.SHOULD);
            }

            if (term.Fuzzy && MaxEdits(term.Term) is > 0 and var edits)
            {
                clause.Add(new FuzzyQuery(new Term(field, term.Term), edits, prefixLength: 1, maxExpansions: 16, transpositions: true) { Boost = boost * 0.4f }, Occur.SHOULD);
            }

            foreach (var form in term.Forms.Where(form => lookup.Occurs(field, form)))
            {
                clause.Add(lookup.Query(field, form, boost * 0.8f), Occur.SHOULD);
            }

            foreach (var synonym in term.Synonyms.Where(synonym => lookup.Occurs(field, synonym)))
            {
                clause.Add(lookup.Query(field, synonym, boost * SynonymBoost), Occur.SHOULD);
            }

            foreach (var part in term.Parts.Where(part => lookup.Occurs(field, part)))
            {
                clause.Add(lookup.Query(field, part, boost * 0.7f), Occur.SHOULD);
            }

            // A word the index lacks may be the head of a compound in a title or keyword ("Bibliothek" in
            // "Stadtbibliothek"); those fields are small, so a suffix scan of their terms is cheap.
            if (term.Fuzzy && term.Term.Length >= 5 && field != KnowledgeIndex.TextField)
            {
                clause.Add(new WildcardQuery(new Term(field, "*" + term.Term)) { Boost = boost * 0.5f }, Occur.SHOULD);
            }

            // ... or the first part of one anywhere ("Grundsteuer" in "Grundsteuerbescheide"): the terms that
            // start with it are next to each other in the term dictionary, a short walk.
            if (term.Fuzzy && term.Term.Length >= 6)
            {
                clause.Add(new PrefixQuery(new Term(field, term.Term)) { Boost = boost * 0.5f, MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(16) }, Occur.SHOULD);
            }
        }

        clause.Boost = term.IsCue ? 0.5f : 1f;
        return clause;
    }

    private static readonly (string Field, float Boost)[] Fields =
    [
        (KnowledgeIndex.TitleField, 3f),
        (KnowledgeIndex.ExtraField, 2f),
        (KnowledgeIndex.TextField, 1f),
    ];

    /// <summary>Typos forgiven: none below six letters ("fährt" is not "führt"), one from six, two from ten.</summary>
    private static int MaxEdits(string term) => term.Length switch
    {
        < 6 => 0,
        < 10 => 1,
        _ => 2,
    };

    /// <summary>
    /// The share of the question's topic words that <paramref name="docTerms"/> (a text's analysed terms) holds: an exact term counts 1, a
    /// compound by the share of its parts, a near spelling 0.8. Cue words count only where they match.
    /// </summary>
    internal static double Coverage(IReadOnlyList<QueryTerm> terms, IReadOnlySet<string> docTerms)
    {
        double matched = 0, total = 0;
        foreach (var term in terms)
        {
            var score = Match(term, docTerms);
            if (!term.IsCue || score > 0)
            {
                total += 1;
                matched += score;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    private static double Match(QueryTerm term, IReadOnlySet<string> docTerms)
    {
        if (docTerms.Contains(term.Term))
        {
            return 1;
        }

        foreach (var form in term.Forms)
        {
            if (docTerms.Contains(form))
            {
                return 0.9;
            }
        }

        // A synonym counts where the text writes it as a word: a synonym of a compound's part ("Bürger" in
        // "Bürgerbüro" for a word meaning inhabitants) is two steps from the question's meaning.
        var words = docTerms is AnalyzedText analyzed ? analyzed.Words : docTerms;
        var synonym = term.Synonyms.Any(words.Contains) ? SynonymCoverage : 0;
        if (term.Parts.Count > 0)
        {
            var parts = term.Parts.Count(docTerms.Contains) / (double)term.Parts.Count;
            if (parts > 0)
            {
                return Math.Max(parts, synonym);
            }
        }

        var edits = MaxEdits(term.Term);
        if (edits > 0 && docTerms.Any(d => d.Length > 2 && d[0] == term.Term[0] && Math.Abs(d.Length - term.Term.Length) <= edits && EditDistance.Between(d, term.Term) <= edits))
        {
            return 0.8;
        }

        if (synonym > 0)
        {
            return synonym;
        }

        // A compound in the text that contains the whole question word ("sprechstund" in "burgermeistersprechstund").
        return term.Term.Length >= 5 && docTerms.Any(d => d.Length > term.Term.Length + 3 && (d.EndsWith(term.Term, StringComparison.Ordinal) || d.StartsWith(term.Term, StringComparison.Ordinal)))
            ? 0.7
            : 0;
    }

    /// <summary>
    /// Other forms of a stemmed verb that the index holds: the German2 stemmer makes "nutzen" "nutz" but leaves
    /// "nutzt" and "genutzt" as they are, "kosten" "kost" but "kostet" and "gekostet", "sammeln" but "gesammelt".
    /// So the word is taken to its stem (without "ge-", also after a separable prefix as in "angemeldet", and
    /// without "-t", "-et", "-ert", the "n" of "-eln") and the forms around that stem are looked up. A noun that
    /// ends in "t" ("Arbeit") may meet its verb ("arbeitet"); that is the same topic.
    /// </summary>
    private static IReadOnlyList<string> VerbForms(TermLookup lookup, string term)
    {
        if (term.Length < 4)
        {
            return [];
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        void AddStems(string word)
        {
            stems.Add(word);
            if ((word.EndsWith("eln", StringComparison.Ordinal) || word.EndsWith("ern", StringComparison.Ordinal)) && word.Length >= 6)
            {
                stems.Add(word[..^1]); // "sammeln" → "sammel", as in "sammelt"
            }

            if (word.EndsWith('t') && word.Length >= 5)
            {
                stems.Add(word[..^1]);
                if (word.EndsWith("et", StringComparison.Ordinal))
                {
                    stems.Add(word[..^2]);
                }

                if (word.EndsWith("ert", StringComparison.Ordinal))
                {
                    stems.Add(word[..^3]);
                }
            }
        }

        AddStems(term);
        var prefix = SeparablePrefix(term);
        if (term.AsSpan(prefix.Length).StartsWith("ge", StringComparison.Ordinal) && term.Length - prefix.Length >= 6)
        {
            AddStems(string.Concat(prefix, term.AsSpan(prefix.Length + 2))); // "angemeldet" → "anmeldet", "genutzt" → "nutzt"
        }

        var forms = new List<string>();
        foreach (var stem in stems)
        {
            if (stem.Length < 3)
            {
                continue;
            }

            // The participle puts "ge" after a separable prefix: "anmeld" → "angemeldet".
            var participle = string.Concat(prefix, "ge", stem.AsSpan(prefix.Length));
            foreach (var (field, _) in Fields)
            {
                lookup.WithEndings(field, stem, VerbEndings, forms);
                lookup.WithEndings(field, participle, ParticipleEndings, forms);
            }
        }

        forms.Remove(term);
        return forms.Count == 0 ? [] : forms;
    }

    private static readonly string[] VerbEndings = ["", "t", "et", "ert", "n"];

    private static readonly string[] ParticipleEndings = ["t", "et", "ert"];

    /// <summary>The separable prefixes of German verbs ("anmelden", "aufstellen"); language, not knowledge.</summary>
    private static readonly string[] SeparablePrefixes =
        ["zusammen", "zuruck", "heraus", "herein", "hinaus", "vorbei", "weiter", "statt", "teil", "fest", "fort", "nach", "frei", "auf", "aus", "bei", "ein", "her", "hin", "los", "mit", "vor", "weg", "ab", "an", "zu"];

    /// <summary>The separable prefix a stemmed verb starts with, if a verb of four letters or more follows it; else empty.</summary>
    private static string SeparablePrefix(string term)
    {
        foreach (var prefix in SeparablePrefixes)
        {
            if (term.Length >= prefix.Length + 4 && term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// What may join the parts of a compound or make a feminine form, longest first: "Bürgermeisterinnensprechstunde"
    /// is "Bürgermeisterin" (or "Bürgermeister") and "Sprechstunde"; language, not knowledge.
    /// </summary>
    private static readonly string[] LinkingEndings = ["innen", "nen", "ens", "en", "es", "in", "n", "s"];

    /// <summary>Splits an unknown word into 2–4 words the index holds, longest parts first; none if it cannot.</summary>
    private static IReadOnlyList<string> Decompound(TermLookup lookup, string word)
    {
        if (word.Length < 7 || word.Length > 40)
        {
            return [];
        }

        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Held(string part) =>
            InIndex(lookup, part) ? part
            : GermanTextAnalyzer.StemWord(part) is { Length: >= 3 } stem && InIndex(lookup, stem) ? stem
            : null;

        string? Known(string part)
        {
            if (!known.TryGetValue(part, out var term))
            {
                term = Held(part);
                foreach (var ending in LinkingEndings)
                {
                    // "Bürgermeisterinnen|sprechstunde": the part without the linking "nen" or the feminine "innen".
                    if (term is null && part.Length - ending.Length >= 4 && part.EndsWith(ending, StringComparison.Ordinal))
                    {
                        term = Held(part[..^ending.Length]);
                    }
                }

                known[part] = term;
            }

            return term;
        }

        // best[i]: the fewest parts that spell word[i..]
        var best = new List<string>?[word.Length + 1];
        best[word.Length] = [];
        for (var i = word.Length - 3; i >= 0; i--)
        {
            for (var j = word.Length; j >= i + 3; j--)
            {
                if (best[j] is not { } rest || rest.Count >= 3 || Known(word[i..j]) is not { } part)
                {
                    continue;
                }

                if (best[i] is null || best[i]!.Count > rest.Count + 1)
                {
                    best[i] = [part, .. rest];
                }
            }
        }

        return best[0] is { Count: >= 2 } parts ? parts : [];
    }
}
