using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// The index's term dictionary as one question uses it: one term enumerator per segment and field, reused for
/// every word of the question and every search the question makes (and, through the index's
/// <see cref="TermEnumPool"/>, by the questions after it), and each word's statistics looked up once.
/// Left to itself, Lucene opens a new enumerator for every term of every query, once to weigh it and once more
/// to score it, in every search; on a town's knowledge that was most of what a search cost. Valid only for the
/// index state it was made for, and used only inside that state's <see cref="KnowledgeIndex.Search{T}"/>,
/// which keeps the reader open. One question uses it at a time; the lock only guards against a caller that
/// shares a question's terms between threads.
/// </summary>
internal sealed class TermLookup
{
    private readonly IndexReaderContext _top;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly TermEnumPool _pool;
    private readonly Dictionary<(string Field, string Text), TermContext> _contexts = [];
    private readonly Lock _lock = new();

    public TermLookup(IndexSearcher searcher, KnowledgeIndex? index)
        : this(searcher, index, index?.TermEnums ?? new TermEnumPool(searcher))
    {
    }

    /// <summary>A lookup whose term enumerators come from <paramref name="pool"/>, made for <paramref name="searcher"/>'s reader.</summary>
    internal TermLookup(IndexSearcher searcher, KnowledgeIndex? index, TermEnumPool pool)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(pool);
        Index = index;
        _top = searcher.TopReaderContext;
        _leaves = _top.Leaves;
        _pool = pool;
    }

    /// <summary>The index state the lookups are valid for.</summary>
    public KnowledgeIndex? Index { get; }

    /// <summary>True when <paramref name="text"/> is a term of <paramref name="field"/> in any segment.</summary>
    public bool Contains(string field, string text)
    {
        var bytes = new BytesRef(text);
        var enums = _pool.Rent();
        try
        {
            foreach (var terms in enums.For(field))
            {
                if (terms?.SeekExact(bytes) == true)
                {
                    return true;
                }
            }
        }
        finally
        {
            _pool.Return(enums);
        }

        return false;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the terms of <paramref name="field"/> that are <paramref name="stem"/> and one
    /// of <paramref name="endings"/> ("" for the stem itself): one seek per segment and a walk through the terms
    /// that start with the stem (at most <see cref="StemWalk"/>), instead of a seek for every ending.
    /// </summary>
    public void WithEndings(string field, string stem, ReadOnlySpan<string> endings, List<string> found)
    {
        var bytes = new BytesRef(stem);
        var enums = _pool.Rent();
        try
        {
            foreach (var terms in enums.For(field))
            {
                if (terms is null || terms.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
                {
                    continue;
                }

                var walked = 0;
                do
                {
                    var term = terms.Term;
                    if (!StringHelper.StartsWith(term, bytes) || walked++ >= StemWalk)
                    {
                        break;
                    }

                    if (term.Length - bytes.Length <= MaxEnding && IsEnding(term, bytes.Length, endings) && term.Utf8ToString() is var text && !found.Contains(text))
                    {
                        found.Add(text);
                    }
                }
                while (terms.MoveNext());
            }
        }
        finally
        {
            _pool.Return(enums);
        }
    }

    /// <summary>The most terms <see cref="WithEndings"/> walks through per segment.</summary>
    private const int StemWalk = 64;

    private const int MaxEnding = 3;

    private static bool IsEnding(BytesRef term, int from, ReadOnlySpan<string> endings)
    {
        var rest = term.Length - from;
        foreach (var ending in endings)
        {
            if (ending.Length != rest)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < rest && same; i++)
            {
                same = term.Bytes[term.Offset + from + i] == ending[i];
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> occurs in <paramref name="field"/> (its statistics are kept for <see cref="Query"/>).</summary>
    public bool Occurs(string field, string text) => Context(field, text).DocFreq > 0;

    /// <summary>How many documents hold <paramref name="text"/> in <paramref name="field"/> (its statistics are kept for <see cref="Query"/>).</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

    /// <summary>A query for one term, its statistics taken from this lookup (see <see cref="TermQuery(Term, TermContext)"/>).</summary>
    public TermQuery Query(string field, string text, float boost = 1f) =>
        new(new Term(field, text), Context(field, text)) { Boost = boost };

    private TermContext Context(string field, string text)
    {
        lock (_lock)
        {
            if (_contexts.TryGetValue((field, text), out var cached))
            {
                return cached;
            }

            var context = new TermContext(_top);
            var bytes = new BytesRef(text);
            var rented = _pool.Rent();
            try
            {
                var enums = rented.For(field);
                for (var i = 0; i < enums.Length; i++)
                {
                    if (enums[i] is { } terms && terms.SeekExact(bytes))
                    {
                        context.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
                    }
                }
            }
            finally
            {
                _pool.Return(rented);
            }

            _contexts[(field, text)] = context;
            return context;
        }
    }
}
