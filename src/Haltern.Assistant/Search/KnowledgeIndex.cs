using Haltern.Assistant.Knowledge;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Haltern.Assistant.Search;

/// <summary>
/// The Lucene index over one <see cref="KnowledgeSet"/>: a document per service, per article and per
/// sentence of an article (the passages answers quote). Built once, then only searched; a changed knowledge
/// folder gets a new index built beside this one (see <see cref="IKnowledgeIndexProvider"/>).
/// Searches go through a <see cref="SearcherManager"/> with acquire/release.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    internal const string KindField = "kind";
    internal const string IdField = "id";
    internal const string TitleField = "title";
    internal const string ExtraField = "extra";
    internal const string TextField = "text";
    internal const string DateField = "date";
    internal const string DateSortField = "date_sort";
    internal const string OrdinalField = "ord";
    internal const string KindService = "service";
    internal const string KindArticle = "article";
    internal const string KindPassage = "passage";

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Service> _services;
    private bool _disposed;

    private KnowledgeIndex(KnowledgeSet knowledge, LuceneDirectory directory)
    {
        Knowledge = knowledge;
        _directory = directory;
        _articles = knowledge.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _services = knowledge.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _searchers = new SearcherManager(directory, new SimilarityFactory());
        Newest = knowledge.Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>What was loaded, including the files skipped and why.</summary>
    public KnowledgeSet Knowledge { get; }

    /// <summary>The newest article, if any.</summary>
    public Article? Newest { get; }

    /// <summary>The analyzer the index was built with; queries must use it too.</summary>
    public GermanTextAnalyzer Analyzer { get; } = new();

    /// <summary>Builds an index over <paramref name="knowledge"/> in <paramref name="directory"/> (memory if null).</summary>
    public static KnowledgeIndex Build(KnowledgeSet knowledge, LuceneDirectory? directory = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        directory ??= new RAMDirectory();
        using (var analyzer = new GermanTextAnalyzer())
        {
            var config = new IndexWriterConfig(GermanTextAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,

                // Index-sorted by date: articles are added newest first and this policy merges only adjacent
                // segments, so document order stays newest first and "Was gibt es Neues?" reads the first few
                // matches instead of sorting every article (see NewestArticles).
                MergePolicy = new LogByteSizeMergePolicy(),
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var service in knowledge.Services)
            {
                writer.AddDocument(ServiceDocument(service));
            }

            foreach (var article in knowledge.Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal))
            {
                writer.AddDocument(ArticleDocument(article));
                var ordinal = 0;
                foreach (var sentence in Sentences(article))
                {
                    writer.AddDocument(PassageDocument(article, sentence, ordinal++));
                }
            }

            writer.Commit();
        }

        return new KnowledgeIndex(knowledge, directory);
    }

    /// <summary>Opens an index built earlier in <paramref name="directory"/> for the same knowledge.</summary>
    public static KnowledgeIndex Open(KnowledgeSet knowledge, LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(directory);
        return new KnowledgeIndex(knowledge, directory);
    }

    /// <summary>The sentences of an article in reading order: the teaser's, then the body's.</summary>
    public static IEnumerable<string> Sentences(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = article.Teaser is { Length: > 0 } teaser ? article.Paragraphs.Prepend(teaser) : article.Paragraphs;
        return paragraphs.SelectMany(SentenceSplitter.Split);
    }

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

        var terms = Analyzer.Terms(text()).ToHashSet(StringComparer.Ordinal);
        if (_terms.Count < TermCacheSize)
        {
            _terms.TryAdd(key, terms);
        }

        return terms;
    }

    /// <summary>How many services name <paramref name="term"/> in their title or keywords.</summary>
    internal int ServicesNaming(string term, Func<Service, string> names)
    {
        var counts = LazyInitializer.EnsureInitialized(ref _namingCounts, () => Knowledge.Services
            .SelectMany(s => TermsOf("n:" + s.Id, () => names(s)))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        return counts.GetValueOrDefault(term);
    }

    private Dictionary<string, int>? _namingCounts;

    private const int TermCacheSize = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);

    public Article? FindArticle(string? id) => id is not null && _articles.TryGetValue(id, out var a) ? a : null;

    public Service? FindService(string? id) => id is not null && _services.TryGetValue(id, out var s) ? s : null;

    /// <summary>Runs <paramref name="search"/> on a searcher acquired for the call and released after it.</summary>
    internal T Search<T>(Func<IndexSearcher, T> search)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>True when <paramref name="term"/> occurs in any searchable field.</summary>
    internal static bool HasTerm(IndexSearcher searcher, string term) =>
        searcher.IndexReader.DocFreq(new Term(TextField, term)) > 0
        || searcher.IndexReader.DocFreq(new Term(TitleField, term)) > 0
        || searcher.IndexReader.DocFreq(new Term(ExtraField, term)) > 0;

    /// <summary>The newest articles, optionally within [from, to).</summary>
    public IReadOnlyList<Article> NewestArticles(int count, DateOnly? from = null, DateOnly? to = null)
    {
        return Search(searcher =>
        {
            var query = new BooleanQuery { { new TermQuery(new Term(KindField, KindArticle)), Occur.MUST } };
            if (from is not null || to is not null)
            {
                query.Add(DateRange(from, to), Occur.MUST);
            }

            // Documents are in newest-first order (see Build): the first matches are the newest, whatever the archive's size.
            var first = new FirstMatchesCollector(count);
            searcher.Search(query, first);
            return first.Docs
                .Select(doc => FindArticle(searcher.Doc(doc).Get(IdField)))
                .OfType<Article>()
                .ToArray();
        });
    }

    internal static Query DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt32Range(DateField, from is { } f ? DateKey(f) : null, to is { } t ? DateKey(t) : null, true, false);

    internal static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static Document ServiceDocument(Service service)
    {
        var extra = service.Keywords.Concat(service.Questions)
            .Append(service.Role).Append(service.Person).OfType<string>();
        var text = service.Paragraphs.Append(service.Place).Append(service.Address).OfType<string>();
        return
        [
            new StringField(KindField, KindService, Field.Store.NO),
            new StringField(IdField, service.Id, Field.Store.YES),
            new TextField(TitleField, service.Title, Field.Store.NO),
            new TextField(ExtraField, string.Join("\n", extra), Field.Store.NO),
            new TextField(TextField, string.Join("\n", text), Field.Store.NO),
        ];
    }

    private static Document ArticleDocument(Article article)
    {
        var text = article.Paragraphs.Prepend(article.Teaser).OfType<string>();
        return
        [
            new StringField(KindField, KindArticle, Field.Store.NO),
            new StringField(IdField, article.Id, Field.Store.YES),
            new TextField(TitleField, article.Title, Field.Store.NO),
            new TextField(ExtraField, article.Category ?? string.Empty, Field.Store.NO),
            new TextField(TextField, string.Join("\n", text), Field.Store.NO),
            new Int32Field(DateField, DateKey(article.Date), Field.Store.NO),
            new NumericDocValuesField(DateSortField, DateKey(article.Date)),
        ];
    }

    private static Document PassageDocument(Article article, string sentence, int ordinal) =>
    [
        new StringField(KindField, KindPassage, Field.Store.NO),
        new StringField(IdField, article.Id, Field.Store.YES),
        new TextField(TitleField, article.Title, Field.Store.NO),
        new TextField(TextField, sentence, Field.Store.YES),
        new StoredField(OrdinalField, ordinal),
        new Int32Field(DateField, DateKey(article.Date), Field.Store.NO),
        new NumericDocValuesField(DateSortField, DateKey(article.Date)),
    ];

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        Analyzer.Dispose();
    }

    /// <summary>Collects the first <c>count</c> matching documents in index order, then stops collecting.</summary>
    private sealed class FirstMatchesCollector(int count) : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = new(Math.Max(0, count));

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            if (Docs.Count >= count)
            {
                throw new CollectionTerminatedException(); // the searcher skips the rest of this segment
            }

            _docBase = context.DocBase;
        }

        public void Collect(int doc)
        {
            if (Docs.Count >= count)
            {
                throw new CollectionTerminatedException();
            }

            Docs.Add(_docBase + doc);
        }
    }

    /// <summary>Gives every searcher the BM25 similarity the index was written with.</summary>
    private sealed class SimilarityFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
