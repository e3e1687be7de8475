using Haltern.Assistant.Knowledge;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>The searches: services, sentences of articles and articles for a question, each hit rated by its coverage.</summary>
public sealed partial class KnowledgeSearch
{
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
                .Select(x => new ServiceHit(x.Service!, Math.Min(1, Coverage(terms, index.TermsOf("s:" + x.Service!.Id, () => ServiceText(x.Service!)), tellsEvents: false) + NamedOnlyHere(index, terms, x.Service!)), x.Score))
                .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)
                .ToArray();
        });
    }

    /// <summary>True when <paramref name="article"/> holds a verb of the question that names the event asked of (<see cref="QueryTerm.NamesTheEvent"/>).</summary>
    private static bool SaysTheEvent(KnowledgeIndex index, IReadOnlyList<QueryTerm> terms, Article article) =>
        AsksAnEvent(terms) && SaysTheEvent(terms, index.TermsOf("a:" + article.Id, () => ArticleText(article)));

    /// <summary>True when a verb of the question names the event asked of (<see cref="QueryTerm.NamesTheEvent"/>); few questions have one.</summary>
    internal static bool AsksAnEvent(IReadOnlyList<QueryTerm> terms) => terms.Any(t => t.NamesTheEvent);

    /// <summary>
    /// True when <paramref name="articleTerms"/> (an article's) hold a verb of the question that names the event asked of
    /// (<see cref="QueryTerm.NamesTheEvent"/>): the article says the event in the question's words, and its sentences
    /// without the verb tell something else.
    /// </summary>
    internal static bool SaysTheEvent(IReadOnlyList<QueryTerm> terms, IReadOnlySet<string> articleTerms) =>
        terms.Any(t => t.NamesTheEvent && Match(t, articleTerms) > 0);

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

                // A sentence is answered for its own words first; the article around it counts for 40 %. Where the
                // article says the event asked of with the question's verb, its sentences without the verb do not.
                var own = Coverage(terms, index.TermsOf("p:" + article.Id + "#" + ordinal, () => sentence), !SaysTheEvent(index, terms, article));
                var coverage = Math.Max(own, (0.6 * own) + (0.4 * context));
                hits.Add(new PassageHit(article, sentence, ordinal, coverage, scoreDoc.Score));
            }

            // A question its title answers ("Sperrmüllaktion", "Wann beginnt die Sperrmüllaktion?") is answered by the
            // article's first sentence, which the title heads, though no sentence repeats the title's words.
            foreach (var scoreDoc in articles.ScoreDocs.Take(TitleCandidates))
            {
                if (index.FindArticle(index.Document(scoreDoc.Doc).Id) is not { } article)
                {
                    continue;
                }

                var title = Coverage(terms, index.TermsOf("t:" + article.Id, () => article.Title), !SaysTheEvent(index, terms, article));
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
    /// words, the most of them; null when the question asks nothing beyond the title or no sentence holds it. The
    /// words that tell the kind of question count too: "Termin" asks for hours or an appointment, and the sentence
    /// on how appointments are given ("Termine vergibt das Amt online unter …") answers it better than the hours.
    /// </summary>
    public string? ServiceSentence(KnowledgeIndex index, Service service, IReadOnlyList<QueryTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(terms);
        var names = index.TermsOf("title:" + service.Id, () => service.Title);
        var asked = terms.Where(t => !names.Contains(t.Term)).ToArray();
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
    internal static string ArticleText(Article a) => string.Join("\n", a.Paragraphs.Prepend(a.Teaser ?? string.Empty).Prepend(a.Category ?? string.Empty).Prepend(a.Title));
}
