using System.Text.RegularExpressions;
using Haltern.Assistant.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>How many documents of the knowledge hold a word: what tells a word of one topic from one of every text.</summary>
public sealed partial class KnowledgeIndex
{
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

    /// <summary>
    /// True when half the articles and half the services or more hold <paramref name="term"/> (the services in their
    /// addresses), of a knowledge with enough of them to tell: the town's own name, which names where everything
    /// happens and no topic ("Was war im Mai los in …?"; a service titled "Freibad …" is not what such a question asks
    /// about). A word of many articles only ("neu") is none. Found once per index state.
    /// </summary>
    internal bool NamesEverything(string term)
    {
        if (Knowledge.Articles.Count < ArticlesToTellEverything || Knowledge.Services.Count < ServicesToTellEverything)
        {
            return false;
        }

        if (_everything.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var everything = ArticlesHolding(term) >= Knowledge.Articles.Count / 2.0 && Holding(KindService, term) >= Knowledge.Services.Count / 2.0;
        if (_everything.Count < TermCacheSize)
        {
            _everything.TryAdd(term, everything);
        }

        return everything;
    }

    /// <summary>The fewest articles among which a word held by half of them names no topic (in a handful, any topic can).</summary>
    private const int ArticlesToTellEverything = 8;

    /// <summary>The fewest services among which a word held by half of them names no topic.</summary>
    private const int ServicesToTellEverything = 4;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _everything = new(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="term"/> is a word of the town's own name: the place most services' addresses give
    /// after their postal code ("Rathausplatz 1, 46359 Vennedorf"), where two services or more do. Every text of the
    /// knowledge is about that town, so none has to write its name. Found once per index state.
    /// </summary>
    internal bool IsTownName(string term) =>
        LazyInitializer.EnsureInitialized(ref _townName, () =>
        {
            var places = Knowledge.Services
                .Select(s => s.Address is { } address ? PostalPlace().Match(address) : Match.Empty)
                .Where(m => m.Success)
                .GroupBy(m => m.Groups[1].Value.Trim(), StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count())
                .FirstOrDefault();
            return places is null || places.Count() < 2
                ? new HashSet<string>(StringComparer.Ordinal)
                : new HashSet<string>(Analyzer.Terms(places.Key), StringComparer.Ordinal);
        }).Contains(term);

    private HashSet<string>? _townName;

    /// <summary>The place after a German postal code, up to a comma, a bracket or the end.</summary>
    [GeneratedRegex(@"\b\d{5}\s+([\p{L}][^,;()\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PostalPlace();

    /// <summary>How many articles hold <paramref name="term"/> (an analysed term) in their title or text.</summary>
    internal int ArticlesHolding(string term) => Holding(KindArticle, term);

    /// <summary>How many documents of a kind hold <paramref name="term"/> in their title, extra fields or text.</summary>
    private int Holding(string kind, string term) => Search(searcher =>
    {
        var holding = new BooleanQuery
        {
            { new TermQuery(new Term(TitleField, term)), Occur.SHOULD },
            { new TermQuery(new Term(TextField, term)), Occur.SHOULD },
        };
        if (kind == KindService)
        {
            holding.Add(new TermQuery(new Term(ExtraField, term)), Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { new TermQuery(new Term(KindField, kind)), Occur.MUST },
            { holding, Occur.MUST },
        };
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    });
}
