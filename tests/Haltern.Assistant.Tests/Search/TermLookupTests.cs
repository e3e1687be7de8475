using Haltern.Assistant.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Haltern.Assistant.Tests.Search;

/// <summary>
/// A question's term lookups must give the very queries Lucene would build itself: the same documents with the
/// same scores, in an index of several segments (a live update adds one), for terms in one, some or no segment.
/// </summary>
public sealed class TermLookupTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TermLookupTests()
    {
        var config = new IndexWriterConfig(GermanTextAnalyzer.Version, new GermanTextAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            string[][] segments =
            [
                ["hallenbad eintritt kostet", "bürgerbüro telefon", "hallenbad sauna"],
                ["bürgerbüro öffnungszeiten", "kreisverkehr sythen kostet"],
                ["stadtbücherei lesung", "hallenbad kostet eintritt eintritt"],
            ];
            foreach (var texts in segments)
            {
                foreach (var text in texts)
                {
                    writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO), new StringField("kind", "passage", Field.Store.NO) });
                }

                writer.Commit(); // one segment per commit: nothing merges them
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() }; // as KnowledgeIndex searches
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void With_endings_terms_in_several_segments_finds_each_form_once_and_no_other_word()
    {
        var lookup = new TermLookup(_searcher, index: null);
        var found = new List<string>();

        // "kostet" stands in two segments; "kost" itself, "kostenlos" and "kreisverkehr" in none or with other endings.
        lookup.WithEndings("text", "kost", ["", "t", "et"], found);
        lookup.WithEndings("text", "kost", ["", "t", "et"], found);

        Assert.Equal(["kostet"], found);
    }

    [Fact]
    public void The_index_has_several_segments() => Assert.Equal(3, _reader.Leaves.Count);

    [Theory]
    [InlineData("hallenbad")] // in two segments
    [InlineData("kostet")] // in all three
    [InlineData("Bürgerbüro")] // folded and stemmed, in two segments
    [InlineData("lesung")] // in the last only
    [InlineData("everest")] // in none
    public void A_looked_up_term_finds_what_lucene_finds(string word)
    {
        var term = new GermanTextAnalyzer().Terms(word).FirstOrDefault() ?? word;
        var lookup = new TermLookup(_searcher, index: null);

        var expected = _searcher.Search(new TermQuery(new Term("text", term)), 10);
        var actual = _searcher.Search(lookup.Query("text", term), 10);
        var again = _searcher.Search(lookup.Query("text", term), 10); // the second search of the same question

        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), again.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.TotalHits > 0, lookup.Contains("text", term));
    }

    [Fact]
    public void Looked_up_terms_combine_as_lucene_combines_them()
    {
        var analyzer = new GermanTextAnalyzer();
        var words = analyzer.Terms("Hallenbad Eintritt kostet Bürgerbüro");
        var lookup = new TermLookup(_searcher, index: null);
        BooleanQuery Query(Func<string, string, Query> clause)
        {
            var all = new BooleanQuery();
            foreach (var word in words)
            {
                all.Add(clause("text", word), Occur.SHOULD);
            }

            return new BooleanQuery { { clause("kind", "passage"), Occur.MUST }, { all, Occur.MUST } };
        }

        var expected = _searcher.Search(Query((f, t) => new TermQuery(new Term(f, t))), 10);
        var actual = _searcher.Search(Query((f, t) => lookup.Query(f, t)), 10);

        Assert.True(expected.TotalHits >= 5);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void Leaving_out_terms_a_field_lacks_changes_no_score()
    {
        // KnowledgeSearch leaves out a question's words that a field does not hold: under BM25 they weigh nothing.
        var words = new GermanTextAnalyzer().Terms("Hallenbad Everest Eintritt Tokio kostet");
        var lookup = new TermLookup(_searcher, index: null);
        BooleanQuery Query(bool all)
        {
            var query = new BooleanQuery();
            foreach (var field in new[] { "text", "title" })
            {
                foreach (var word in words.Where(w => all || lookup.Occurs(field, w)))
                {
                    query.Add(all ? new TermQuery(new Term(field, word)) { Boost = 2 } : lookup.Query(field, word, 2), Occur.SHOULD);
                }
            }

            return query;
        }

        var expected = _searcher.Search(Query(all: true), 10);
        var actual = _searcher.Search(Query(all: false), 10);

        Assert.True(actual.TotalHits >= 4);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void A_field_the_index_lacks_holds_no_term()
    {
        var lookup = new TermLookup(_searcher, index: null);

        Assert.False(lookup.Contains("title", "hallenbad"));
        Assert.Equal(0, _searcher.Search(lookup.Query("title", "hallenbad"), 10).TotalHits);
    }

    [Fact]
    public void An_enumerator_set_in_use_is_lent_to_no_one_else_and_a_returned_one_is_lent_again()
    {
        var pool = new TermEnumPool(_searcher);

        var first = pool.Rent();
        var second = pool.Rent();
        pool.Return(first);
        var third = pool.Rent();

        Assert.NotSame(first, second);
        Assert.Same(first, third);
    }

    [Fact]
    public void Questions_on_many_threads_sharing_the_enumerators_find_what_lucene_finds()
    {
        // A term dictionary of many blocks per segment (a town's knowledge has thousands of words), so that an
        // enumerator two threads moved at once would stop on a wrong block.
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(GermanTextAnalyzer.Version, new GermanTextAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 3000; i++)
                {
                    writer.AddDocument(new Document { new StringField("text", $"w{segment}x{i:D5}", Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var pool = new TermEnumPool(searcher);
        var wrong = 0;

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var lookup = new TermLookup(searcher, index: null, pool); // a new question, the pool's enumerators
            var present = $"w{i % 3}x{i * 7919 % 3000:D5}";
            var absent = $"w{i % 3}x{i % 3000:D5}z";
            var forms = new List<string>();
            lookup.WithEndings("text", $"w{i % 3}x{i % 300:D4}", ["0", "1", "9"], forms);
            if (!lookup.Contains("text", present) || lookup.Contains("text", absent)
                || !lookup.Occurs("text", present) || lookup.Occurs("text", absent)
                || forms.Count != 3 || forms.Any(f => !f.StartsWith($"w{i % 3}x{i % 300:D4}", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }
}
