using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Language;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Haltern.Assistant.Search;

/// <summary>
/// The one <see cref="IndexWriter"/> of a knowledge index, kept open: a full build once, then updates by file
/// (the documents of a file carry its id, the path below the knowledge folder, so a changed file's documents are
/// replaced and a deleted file's removed by that term), each a commit that carries the hash of the folder it
/// stands for. One <see cref="SearcherManager"/> over the writer is refreshed after each commit; every
/// <see cref="KnowledgeIndex"/> holds the searcher it was made with, so it and its knowledge set always agree.
/// The writer (and the directory it owns) is closed when it is released and no index made from it is open.
/// </summary>
internal sealed class KnowledgeIndexWriter
{
    private const string HashKey = "knowledge-hash";
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly GermanTextAnalyzer _analyzer = GermanTextAnalyzer.ForIndex();
    private int _users = 1; // whoever created it, until Release
    private int _closed;

    private KnowledgeIndexWriter(LuceneDirectory directory, OpenMode mode, Action<IndexWriter>? fill, string? hash)
    {
        _directory = directory;
        try
        {
            _writer = new IndexWriter(directory, new IndexWriterConfig(GermanTextAnalyzer.Version, _analyzer)
            {
                OpenMode = mode,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            });
            if (fill is not null)
            {
                fill(_writer);
                Commit(hash);

                // The flushes of a large build leave segments that are merged in the background; the searcher
                // opened next is kept for the life of this state, so it opens the merged index (as closing the
                // writer after a build did), and the merged index is what is committed.
                _writer.WaitForMerges();
                Commit(hash);
            }

            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilarityFactory());
        }
        catch
        {
            _writer?.Rollback();
            _analyzer.Dispose();
            throw;
        }
    }

    /// <summary>True once the writer is closed (released, and every index made from it disposed).</summary>
    public bool IsClosed => Volatile.Read(ref _closed) == 1;

    /// <summary>Builds a new index over <paramref name="knowledge"/> in <paramref name="directory"/>, which it then owns.</summary>
    public static KnowledgeIndexWriter Create(LuceneDirectory directory, KnowledgeSet knowledge, string? hash)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(knowledge);
        return new KnowledgeIndexWriter(directory, OpenMode.CREATE, writer =>
        {
            foreach (var service in knowledge.Services)
            {
                writer.AddDocument(ServiceDocument(service));
            }

            foreach (var article in knowledge.Articles)
            {
                writer.AddDocuments(ArticleDocuments(article));
            }
        }, hash);
    }

    /// <summary>Opens the index committed in <paramref name="directory"/> for searching and further updates; owns the directory.</summary>
    public static KnowledgeIndexWriter Open(LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new KnowledgeIndexWriter(directory, OpenMode.APPEND, null, null);
    }

    /// <summary>The folder hash the last commit in <paramref name="directory"/> was made for; null if none or unreadable.</summary>
    public static string? CommittedHash(LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            var commits = DirectoryReader.ListCommits(directory);
            return commits.Count > 0 && commits[^1].UserData.TryGetValue(HashKey, out var hash) ? hash : null;
        }
        catch (Exception ex) when (ex is IOException or IndexNotFoundException or CorruptIndexException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces the documents of the files <paramref name="removed"/> (changed, deleted or now skipped) by those of
    /// <paramref name="articles"/> and <paramref name="services"/> (changed or added) and commits with
    /// <paramref name="hash"/>; a crash before the commit is complete leaves the previous commit. On an error the
    /// changes since the last commit are rolled back and the writer is closed: build anew.
    /// </summary>
    public void Update(IEnumerable<string> removed, IEnumerable<Article> articles, IEnumerable<Service> services, string? hash)
    {
        try
        {
            foreach (var id in removed)
            {
                _writer.DeleteDocuments(new Term(KnowledgeIndex.IdField, id));
            }

            foreach (var service in services)
            {
                _writer.AddDocument(ServiceDocument(service));
            }

            foreach (var article in articles)
            {
                _writer.AddDocuments(ArticleDocuments(article));
            }

            Commit(hash);
            _searchers.MaybeRefreshBlocking();
        }
        catch
        {
            Interlocked.Exchange(ref _closed, 1);
            _writer.Rollback();
            throw;
        }
    }

    /// <summary>
    /// An index over the last commit, with <paramref name="knowledge"/> (what that commit holds) and the staff's
    /// <paramref name="synonyms"/> from the same folder.
    /// </summary>
    public KnowledgeIndex Snapshot(KnowledgeSet knowledge, SynonymFile? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (Interlocked.Increment(ref _users) == 1 || IsClosed)
        {
            throw new ObjectDisposedException(nameof(KnowledgeIndexWriter));
        }

        var searcher = _searchers.Acquire();
        return new KnowledgeIndex(knowledge, searcher, synonyms ?? SynonymFile.Empty, () =>
        {
            _searchers.Release(searcher);
            Release();
        });
    }

    /// <summary>Gives up the creator's hold (or an index's); the last one closes the writer and its directory.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _users) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _closed, 1);
        _searchers.Dispose();
        try
        {
            _writer.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // rolled back after a failed update
        }

        _analyzer.Dispose();
        _directory.Dispose();
    }

    private void Commit(string? hash)
    {
        if (hash is not null)
        {
            _writer.SetCommitData(new Dictionary<string, string> { [HashKey] = hash });
        }

        _writer.Commit();
    }

    private static Document ServiceDocument(Service service)
    {
        var extra = service.Keywords.Concat(service.Questions)
            .Append(service.Role).Append(service.Person).OfType<string>();
        var text = service.Paragraphs.Append(service.Place).Append(service.Address).OfType<string>();
        return
        [
            new StringField(KnowledgeIndex.KindField, KnowledgeIndex.KindService, Field.Store.NO),
            new StringField(KnowledgeIndex.IdField, service.Id, Field.Store.YES),
            new TextField(KnowledgeIndex.TitleField, service.Title, Field.Store.NO),
            new TextField(KnowledgeIndex.ExtraField, string.Join("\n", extra), Field.Store.NO),
            new TextField(KnowledgeIndex.TextField, string.Join("\n", text), Field.Store.NO),
        ];
    }

    /// <summary>An article's document and one per sentence (the passages answers quote), all with the article's id.</summary>
    private static IEnumerable<Document> ArticleDocuments(Article article)
    {
        var text = article.Paragraphs.Prepend(article.Teaser).OfType<string>();
        yield return
        [
            new StringField(KnowledgeIndex.KindField, KnowledgeIndex.KindArticle, Field.Store.NO),
            new StringField(KnowledgeIndex.IdField, article.Id, Field.Store.YES),
            new TextField(KnowledgeIndex.TitleField, article.Title, Field.Store.NO),
            new TextField(KnowledgeIndex.ExtraField, article.Category ?? string.Empty, Field.Store.NO),
            new TextField(KnowledgeIndex.TextField, string.Join("\n", text), Field.Store.NO),
            new Int32Field(KnowledgeIndex.DateField, KnowledgeIndex.DateKey(article.Date), Field.Store.NO),
        ];

        var ordinal = 0;
        foreach (var sentence in KnowledgeIndex.SplitSentences(article))
        {
            yield return
            [
                new StringField(KnowledgeIndex.KindField, KnowledgeIndex.KindPassage, Field.Store.NO),
                new StringField(KnowledgeIndex.IdField, article.Id, Field.Store.YES),
                new TextField(KnowledgeIndex.TitleField, article.Title, Field.Store.NO),
                new TextField(KnowledgeIndex.TextField, sentence, Field.Store.YES),
                new StoredField(KnowledgeIndex.OrdinalField, ordinal++),
                new Int32Field(KnowledgeIndex.DateField, KnowledgeIndex.DateKey(article.Date), Field.Store.NO),
            ];
        }
    }

    /// <summary>Gives every searcher BM25 as the index was written with it, its norm tables shared per field (see <see cref="SharedNormsBm25Similarity"/>).</summary>
    private sealed class SimilarityFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new SharedNormsBm25Similarity() };
    }
}
