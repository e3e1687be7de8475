using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>
/// Term enumerators of one index state (one per segment and field), lent to one lookup at a time and taken back
/// for the next question. A segment's term enumerator is a large object (a stack of frames, each with buffers
/// for a block of the term dictionary) that Lucene builds afresh for every use; made once per question they were
/// a fifth of the bytes a question allocated. A lent set is used by one thread until it is returned, so the pool
/// holds as many sets as questions were ever searched at once; it goes with the index state it was made for.
/// </summary>
internal sealed class TermEnumPool
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly ConcurrentBag<TermEnums> _free = [];

    public TermEnumPool(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        _leaves = searcher.TopReaderContext.Leaves;
    }

    /// <summary>A set nobody else uses until it is given back with <see cref="Return"/>.</summary>
    public TermEnums Rent() => _free.TryTake(out var enums) ? enums : new TermEnums(_leaves);

    public void Return(TermEnums enums) => _free.Add(enums);

    /// <summary>One term enumerator per segment for each field asked for; every use seeks before it reads.</summary>
    internal sealed class TermEnums(IList<AtomicReaderContext> leaves)
    {
        private readonly Dictionary<string, TermsEnum?[]> _byField = new(StringComparer.Ordinal);

        public TermsEnum?[] For(string field)
        {
            if (!_byField.TryGetValue(field, out var enums))
            {
                enums = new TermsEnum?[leaves.Count];
                for (var i = 0; i < enums.Length; i++)
                {
                    enums[i] = leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator();
                }

                _byField[field] = enums;
            }

            return enums;
        }
    }
}
