using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// BM25 with Lucene's defaults (k1 = 1.2, b = 0.75), scoring exactly as <see cref="BM25Similarity"/> does, for one
/// searcher. Lucene's weighs every term of every query with a table of 256 length norms of its own and an
/// explanation string; both depend only on the field's average length, which is the same for every search of one
/// reader. Here each field's table is made once and shared, and the idf is a number. Lucene's
/// <see cref="BM25Similarity.ComputeWeight"/> is sealed, so this is a similarity of its own; the norms are encoded
/// by Lucene's (<see cref="ComputeNorm"/>), so an index written with either reads the same with both.
/// </summary>
internal sealed class SharedNormsBm25Similarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private static readonly BM25Similarity Lucene = new();

    /// <summary>1 / length² for each encoded norm byte, as <see cref="BM25Similarity"/> decodes it.</summary>
    private static readonly float[] NormTable = MakeNormTable();

    private readonly ConcurrentDictionary<string, (float AverageLength, float[] Table)> _tables = new(StringComparer.Ordinal);

    public override long ComputeNorm(FieldInvertState state) => Lucene.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        var idf = 0f;
        foreach (var term in termStats)
        {
            idf += Idf(term.DocFreq, collectionStats.MaxDoc);
        }

        var averageLength = AverageLength(collectionStats);
        return new Weight(collectionStats.Field, idf, queryBoost, Table(collectionStats.Field, averageLength));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stats = (Weight)weight;
        return new Scorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => "BM25(k1=1.2,b=0.75, shared norm tables)";

    private static float Idf(long docFreq, long numDocs) => (float)Math.Log(1 + ((numDocs - docFreq + 0.5D) / (docFreq + 0.5D)));

    private static float AverageLength(CollectionStatistics stats) =>
        stats.SumTotalTermFreq <= 0 ? 1f : (float)(stats.SumTotalTermFreq / (double)stats.MaxDoc);

    /// <summary>k1 · ((1 − b) + b · length / average length) for each norm byte of the field.</summary>
    private float[] Table(string field, float averageLength)
    {
        if (_tables.TryGetValue(field, out var known) && known.AverageLength == averageLength)
        {
            return known.Table;
        }

        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = K1 * ((1 - B) + (B * NormTable[i] / averageLength));
        }

        _tables[field] = (averageLength, table);
        return table;
    }

    private static float[] MakeNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }

    private sealed class Weight(string field, float idf, float queryBoost, float[] table) : SimWeight
    {
        public string Field { get; } = field;

        public float Idf { get; } = idf;

        public float QueryBoost { get; } = queryBoost;

        public float[] Table { get; } = table;

        /// <summary>idf · boost · top-level boost, set by <see cref="Normalize"/>.</summary>
        public float Value { get; private set; }

        public override float GetValueForNormalization()
        {
            var queryWeight = Idf * QueryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost) => Value = Idf * QueryBoost * topLevelBoost;
    }

    private sealed class Scorer(Weight weight, NumericDocValues? norms) : SimScorer
    {
        private readonly float _weightValue = weight.Value * (K1 + 1);

        public override float Score(int doc, float freq)
        {
            // Without norms the field is scored as if b were 0, as Lucene's does.
            var norm = norms is null ? K1 : weight.Table[(sbyte)norms.Get(doc) & 0xFF];
            return _weightValue * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            ArgumentNullException.ThrowIfNull(freq);
            var result = new Explanation(Score(doc, freq.Value), "score(doc=" + doc + ",freq=" + freq.Value + "), BM25 with shared norm tables");
            result.AddDetail(new Explanation(weight.Idf, "idf"));
            result.AddDetail(freq);
            return result;
        }
    }
}
