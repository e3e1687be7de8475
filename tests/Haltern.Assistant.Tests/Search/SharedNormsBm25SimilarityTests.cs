using Haltern.Assistant.Search;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Haltern.Assistant.Tests.Search;

/// <summary>The searcher's BM25 with shared norm tables scores every document exactly as Lucene's BM25 does.</summary>
public sealed class SharedNormsBm25SimilarityTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "Das Bürgerbüro ist montags geöffnet",
        "Das Bürgerbüro im Rathaus ist montags bis freitags geöffnet, dienstags auch am Nachmittag bis 18 Uhr",
        "Die Schulen erhalten Tablets und die digitale Ausstattung kostet 950.000 Euro",
        "Tablets",
        "Der Bürgermeister hält seine Sprechstunde dienstags im Rathaus, eine Anmeldung im Bürgerbüro ist nötig",
        "Rathaus Rathaus Rathaus und noch einmal das Rathaus",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SharedNormsBm25SimilarityTests()
    {
        using (var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField("text", Texts[i], Field.Store.NO),
                    new TextField("title", i % 2 == 0 ? "Rathaus" : "Bürgerbüro Rathaus Neuigkeiten", Field.Store.NO),
                    new StringField("kind", i % 3 == 0 ? "passage" : "article", Field.Store.NO), // no norms
                });
                if (i == 2)
                {
                    writer.Commit(); // a second segment
                }
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Queries() => ["rathaus", "bürgerbüro montags", "tablets kostet", "phrase", "kind", "boosted"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Scores_are_exactly_lucenes_bm25(string name)
    {
        var lucene = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var shared = new IndexSearcher(_reader) { Similarity = new SharedNormsBm25Similarity() };

        var expected = lucene.Search(Query(name), 10).ScoreDocs;
        var actual = shared.Search(Query(name), 10).ScoreDocs;
        var again = shared.Search(Query(name), 10).ScoreDocs; // from the shared tables

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), again.Select(d => (d.Doc, d.Score)));
    }

    private static Query Query(string name) => name switch
    {
        "phrase" => new PhraseQuery { new Term("text", "ist"), new Term("text", "montags") },
        "kind" => new BooleanQuery { { new TermQuery(new Term("kind", "passage")), Occur.MUST }, { new TermQuery(new Term("text", "das")), Occur.SHOULD } },
        "boosted" => new BooleanQuery
        {
            { new TermQuery(new Term("title", "rathaus")) { Boost = 3 }, Occur.SHOULD },
            { new TermQuery(new Term("text", "rathaus")) { Boost = 0.5f }, Occur.SHOULD },
            { new BooleanQuery { { new TermQuery(new Term("text", "sprechstunde")), Occur.SHOULD } }, Occur.SHOULD },
        },
        _ => Words(name),
    };

    private static BooleanQuery Words(string text)
    {
        var query = new BooleanQuery();
        foreach (var word in text.Split(' '))
        {
            query.Add(new TermQuery(new Term("text", word)), Occur.SHOULD);
            query.Add(new TermQuery(new Term("title", word)), Occur.SHOULD);
        }

        return query;
    }
}
