using System.Runtime.CompilerServices;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Haltern.Assistant.Search;

/// <summary>
/// The Lucene index over one <see cref="KnowledgeSet"/>: a document per service, per article and per
/// sentence of an article (the passages answers quote). An instance is one state of the knowledge: its set,
/// and the searcher over the index commit that holds exactly that set. A reload makes a new instance (the
/// documents of changed files replaced in the same index, see <see cref="KnowledgeIndexWriter"/>) and swaps
/// it in; this one keeps answering, unchanged, until it is disposed.
/// </summary>
public sealed partial class KnowledgeIndex : IDisposable
{
    internal const string KindField = "kind";
    internal const string IdField = "id";
    internal const string TitleField = "title";
    internal const string ExtraField = "extra";
    internal const string TextField = "text";
    internal const string DateField = "date";
    internal const string OrdinalField = "ord";
    internal const string KindService = "service";
    internal const string KindArticle = "article";
    internal const string KindPassage = "passage";

    private readonly IndexSearcher _searcher;
    private readonly Action _release;
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Service> _services;
    private readonly Article[] _newestFirst;
    private readonly DocumentEntry[] _documents;
    private int _disposed;

    internal KnowledgeIndex(KnowledgeSet knowledge, IndexSearcher searcher, SynonymFile synonyms, Action release)
    {
        Knowledge = knowledge;
        Synonyms = synonyms;
        _searcher = searcher;
        _release = release;
        _articles = knowledge.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _services = knowledge.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _newestFirst = [.. knowledge.Articles];
        Array.Sort(_newestFirst, NewestFirst);
        Newest = _newestFirst.FirstOrDefault();
        _documents = ReadDocuments(searcher.IndexReader);
        TermEnums = new TermEnumPool(searcher);
    }

    /// <summary>The term enumerators of this index state, lent to one question's lookups at a time.</summary>
    internal TermEnumPool TermEnums { get; }

    /// <summary>What was loaded, including the files skipped and why.</summary>
    public KnowledgeSet Knowledge { get; }

    /// <summary>The newest article, if any.</summary>
    public Article? Newest { get; }

    /// <summary>The analyzer for questions (the index's, without splitting compounds; see <see cref="GermanTextAnalyzer"/>).</summary>
    public GermanTextAnalyzer Analyzer { get; } = new();

    /// <summary>The analyzer the index was built with, for rating a knowledge item's text as the index holds it.</summary>
    internal GermanTextAnalyzer TextAnalyzer { get; } = GermanTextAnalyzer.ForIndex();

    /// <summary>The staff's own synonyms from the knowledge folder (<c>synonyme.txt</c>), searched like the thesaurus' but before it.</summary>
    public SynonymFile Synonyms { get; }

    /// <summary>
    /// Builds an index over <paramref name="knowledge"/> in <paramref name="directory"/> (memory if null), which it
    /// then owns, with the staff's <paramref name="synonyms"/>.
    /// </summary>
    public static KnowledgeIndex Build(KnowledgeSet knowledge, LuceneDirectory? directory = null, SynonymFile? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var writer = KnowledgeIndexWriter.Create(directory ?? new RAMDirectory(), knowledge, hash: null);
        try
        {
            return writer.Snapshot(knowledge, synonyms);
        }
        finally
        {
            writer.Release(); // closed with the index
        }
    }

    /// <summary>Opens an index built earlier in <paramref name="directory"/> for the same knowledge; owns the directory.</summary>
    public static KnowledgeIndex Open(KnowledgeSet knowledge, LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(directory);
        var writer = KnowledgeIndexWriter.Open(directory);
        try
        {
            return writer.Snapshot(knowledge);
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>The sentences of an article in reading order: the teaser's, then the body's.</summary>
    public static IReadOnlyList<string> Sentences(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return SplitArticles.GetValue(article, static a => SplitSentences(a));
    }

    /// <summary>The sentences of an article, split anew (the index build splits every article once and need not keep them).</summary>
    internal static string[] SplitSentences(Article article) =>
        (article.Teaser is { Length: > 0 } teaser ? article.Paragraphs.Prepend(teaser) : article.Paragraphs).SelectMany(SentenceSplitter.Split).ToArray();

    /// <summary>The sentences of a service's text, in order.</summary>
    public static IReadOnlyList<string> Sentences(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return SplitServices.GetValue(service, static s => s.Paragraphs.SelectMany(SentenceSplitter.Split).ToArray());
    }

    // An article's or a service's sentences, split when an answer first looks at it and kept for as long as the
    // knowledge item lives (a question's answer looks at the sentences of its candidates several times). Keyed by
    // the item itself, not its value. Only what answers touched is split here, not the whole archive.
    private static readonly ConditionalWeakTable<Article, string[]> SplitArticles = new();
    private static readonly ConditionalWeakTable<Service, string[]> SplitServices = new();

    /// <summary>
    /// The analysed terms of a knowledge item's text, kept for the next question that finds the same item (a
    /// question rates its candidates by these). Bounded: past <see cref="TermCacheSize"/> items they are
    /// analysed each time.
    /// </summary>
    internal IReadOnlySet<string> TermsOf(string key, Func<string> text)
    {
        if (_terms.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var terms = TextAnalyzer.Analyze(text());
        if (_terms.Count < TermCacheSize)
        {
            _terms.TryAdd(key, terms);
        }

        return terms;
    }

    /// <summary>
    /// The synonyms of a question's term that this index holds (see <see cref="KnowledgeSearch"/>), found once per
    /// index state and kept for the next question with the same word, once they are <paramref name="complete"/>
    /// (the thesaurus read). Bounded like <see cref="TermsOf"/>.
    /// </summary>
    internal string[] SynonymsOf(string term, bool complete, Func<string[]> find)
    {
        if (_synonyms.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var found = find();
        if (complete && _synonyms.Count < TermCacheSize)
        {
            _synonyms.TryAdd(term, found);
        }

        return found;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _synonyms = new(StringComparer.Ordinal);

    /// <summary>
    /// The query for a question word, rewritten against this index (its near spellings and compound heads looked
    /// up in the term dictionary), kept for the next search of the same word. Valid for this index only: a
    /// rewritten query holds the term statistics of this index's reader. Bounded like <see cref="TermsOf"/>, and
    /// forgotten every <see cref="RewrittenLifetime"/>: the words are citizens' words (stemmed, with no link to a
    /// conversation), and they are not kept longer than a conversation's state.
    /// </summary>
    internal Query Rewritten(QueryTerm term, Func<Query> rewrite)
    {
        var now = Environment.TickCount64;
        var since = Interlocked.Read(ref _rewrittenSince);
        if (now - since >= (long)RewrittenLifetime.TotalMilliseconds && Interlocked.CompareExchange(ref _rewrittenSince, now, since) == since)
        {
            _rewritten.Clear();
        }

        var key = string.Join('\u001f', term.Parts.Append("|").Concat(term.Synonyms)
            .Concat(term.Compound.SelectMany(p => p.Synonyms.Prepend(p.Held ? "+" + p.Term : "-" + p.Term)))
            .Prepend(term.IsCue ? "c" : "t").Prepend(term.Term));
        if (_rewritten.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var query = rewrite();
        if (_rewritten.Count < TermCacheSize)
        {
            _rewritten.TryAdd(key, query);
        }

        return query;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Query> _rewritten = new(StringComparer.Ordinal);
    private long _rewrittenSince = Environment.TickCount64;

    /// <summary>How long rewritten question words are kept at most (as long as a conversation's state).</summary>
    internal static readonly TimeSpan RewrittenLifetime = TimeSpan.FromMinutes(30);

    private const int TermCacheSize = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AnalyzedText> _terms = new(StringComparer.Ordinal);

    public Article? FindArticle(string? id) => id is not null && _articles.TryGetValue(id, out var a) ? a : null;

    public Service? FindService(string? id) => id is not null && _services.TryGetValue(id, out var s) ? s : null;

    /// <summary>
    /// The id, position and sentence of the document numbered <paramref name="doc"/> in this index's searcher (a
    /// hit's <c>ScoreDoc.Doc</c>). Made from what the instance holds, not from the stored fields: the reader never
    /// changes under an instance, and a hit's stored fields read from the index cost a block's decompression each.
    /// </summary>
    internal IndexedDocument Document(int doc)
    {
        var entry = _documents[doc];
        var sentence = entry.Ordinal >= 0 && entry.Article is { } article && Sentences(article) is var sentences && entry.Ordinal < sentences.Count
            ? sentences[entry.Ordinal]
            : null;
        return new IndexedDocument(entry.Id, Math.Max(entry.Ordinal, 0), sentence);
    }

    private static readonly HashSet<string> s_documentFields = [IdField, OrdinalField];

    /// <summary>
    /// What each live document stands for: its id as the knowledge holds it, and for a sentence its article and
    /// position, the sentence itself being the article's own (<see cref="Sentences(Article)"/>, split when an
    /// answer first looks at the article). The stored text is not read: at 100,000 articles a copy of every id
    /// and sentence would be the archive's text once more, for as long as the index state lives.
    /// </summary>
    private DocumentEntry[] ReadDocuments(IndexReader reader)
    {
        var documents = new DocumentEntry[reader.MaxDoc];
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < documents.Length; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue; // replaced by a reload: no search finds it
            }

            var stored = reader.Document(doc, s_documentFields);
            var id = stored.Get(IdField);
            var ordinal = stored.GetField(OrdinalField)?.GetInt32Value() ?? -1; // only a sentence's document has one
            if (id is not null && _articles.TryGetValue(id, out var article))
            {
                documents[doc] = new DocumentEntry(article.Id, article, ordinal);
            }
            else
            {
                documents[doc] = new DocumentEntry(id is not null && _services.TryGetValue(id, out var service) ? service.Id : id, null, ordinal);
            }
        }

        return documents;
    }

    private readonly record struct DocumentEntry(string? Id, Article? Article, int Ordinal);

    /// <summary>Runs <paramref name="search"/> on this index's searcher, holding its reader open for the call.</summary>
    internal T Search<T>(Func<IndexSearcher, T> search)
    {
        var reader = _searcher.IndexReader;
        if (Volatile.Read(ref _disposed) == 1 || !reader.TryIncRef())
        {
            throw new ObjectDisposedException(nameof(KnowledgeIndex));
        }

        try
        {
            return search(_searcher);
        }
        finally
        {
            reader.DecRef();
        }
    }

    /// <summary>The newest articles, optionally within [from, to): read from the articles kept newest first, whatever the archive's size.</summary>
    public IReadOnlyList<Article> NewestArticles(int count, DateOnly? from = null, DateOnly? to = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var start = to is { } end ? FirstOlderThan(end) : 0;
        var found = new List<Article>(Math.Clamp(count, 0, 64));
        for (var i = start; i < _newestFirst.Length && found.Count < count && (from is null || _newestFirst[i].Date >= from); i++)
        {
            found.Add(_newestFirst[i]);
        }

        return found;
    }

    /// <summary>
    /// The newest of the articles that hold every one of <paramref name="terms"/> (analysed terms) in their title or text
    /// and meet <paramref name="fits"/>, among the <paramref name="searched"/> that hold them best: found by the index, so
    /// the archive's other articles are neither read nor ordered again.
    /// </summary>
    internal Article? NewestHoldingAll(IReadOnlyCollection<string> terms, Func<Article, bool> fits, int searched = 20)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery { { new TermQuery(new Term(KindField, KindArticle)), Occur.MUST } };
        foreach (var term in terms)
        {
            query.Add(new BooleanQuery
            {
                { new TermQuery(new Term(TitleField, term)), Occur.SHOULD },
                { new TermQuery(new Term(TextField, term)), Occur.SHOULD },
            }, Occur.MUST);
        }

        var hits = Search(searcher => searcher.Search(query, searched).ScoreDocs);
        return hits.Select(hit => FindArticle(Document(hit.Doc).Id)).OfType<Article>().Where(fits)
            .OrderBy(a => a, Comparer<Article>.Create(NewestFirst)).FirstOrDefault();
    }

    /// <summary>The position of the first article dated before <paramref name="date"/> in the newest-first order.</summary>
    private int FirstOlderThan(DateOnly date)
    {
        int low = 0, high = _newestFirst.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_newestFirst[middle].Date >= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Newest first; on the same day by id, so the order is the same however the articles were loaded.</summary>
    private static int NewestFirst(Article a, Article b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    internal static Query DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt32Range(DateField, from is { } f ? DateKey(f) : null, to is { } t ? DateKey(t) : null, true, false);

    internal static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _release(); // searches still running hold the reader until they end
        Analyzer.Dispose();
        TextAnalyzer.Dispose();
    }
}

/// <summary>What a search hit stands for: the id of its service or article, and for a sentence its position and text.</summary>
internal readonly record struct IndexedDocument(string? Id, int Ordinal, string? Sentence);
