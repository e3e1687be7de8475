using System.Runtime.CompilerServices;
using Haltern.Assistant.Understanding;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>
/// Searches the index with queries built from analysed tokens (never a query parser on raw text): exact terms,
/// compounds split against the index's own vocabulary, and fuzzy variants for typos. Each hit is then rated by
/// its coverage: the share of the question's topic words it contains, the confidence the assistant decides on.
/// </summary>
public sealed partial class KnowledgeSearch
{
    private const int Candidates = 8;

    /// <summary>The articles whose sentences a passage search scores when more than these match the question.</summary>
    private const int ArticleCandidates = 64;

    /// <summary>The best-matching articles whose titles a passage search also rates.</summary>
    private const int TitleCandidates = 4;

    /// <summary>Each question's terms with the term dictionary lookups made for them, for as long as the terms live.</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<QueryTerm>, TermLookup> _lookups = new();

    /// <summary>
    /// Each kind of document as a filter whose bit set Lucene keeps per index segment (and drops with it): made once
    /// per segment, instead of the kind's term looked up and its postings read in every search.
    /// </summary>
    private static readonly Dictionary<string, Filter> Kinds = new[] { KnowledgeIndex.KindService, KnowledgeIndex.KindArticle, KnowledgeIndex.KindPassage }
        .ToDictionary(kind => kind, kind => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(KnowledgeIndex.KindField, kind)))), StringComparer.Ordinal);


    /// <summary>
    /// Analyses <paramref name="text"/> into query terms; <paramref name="cueWords"/> are words that only tell the kind
    /// of question; <paramref name="translations"/> are German words for some of its words (an English question, see
    /// <see cref="Glossary"/>), searched as other forms of them where the index holds them. <paramref name="verbWords"/>
    /// are a German question's words for what happens (<see cref="QuestionReader.VerbWords"/>), which count half where
    /// a text lacks them (<see cref="QueryTerm.IsVerb"/>); where <paramref name="eventAsked"/> (when or who), they name
    /// the event asked of and count half only beside everything else the question names (<see cref="QueryTerm.NamesTheEvent"/>).
    /// </summary>
    public IReadOnlyList<QueryTerm> Terms(
        KnowledgeIndex index, string text, IEnumerable<string> cueWords, IReadOnlyList<(string Word, IReadOnlyList<string> German)>? translations = null,
        IReadOnlyList<string>? verbWords = null, bool eventAsked = false)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Search(searcher =>
        {
            var lookup = new TermLookup(searcher, index);
            var cueStems = cueWords.SelectMany(w => index.Analyzer.Terms(w)).Select(t => WithoutS(lookup, t)).ToHashSet(StringComparer.Ordinal);
            var translated = Translated(index, lookup, translations);
            var words = index.Analyzer.Terms(text)
                .Select(t => WithoutS(lookup, t))
                .Distinct(StringComparer.Ordinal)
                .Take(24)
                .ToArray();
            var thesaurus = Thesaurus.Current;
            var written = WrittenWords(text);
            var lower = LowerWords(text);
            var phrases = PhraseCompounds(text);
            var joined = JoinedWords(lookup, text);
            var separable = JoinedSeparableVerbs(lookup, index.Analyzer, text);
            var terms = words
                .Select(term => (Term: term, Cue: cueStems.Contains(term), German: translated.GetValueOrDefault(term) ?? []))
                .Select(t => Fields.Any(f => lookup.Occurs(f.Field, t.Term)) // kept for the searches' queries
                    ? new QueryTerm(t.Term, [], t.Cue) { Forms = t.Cue ? [] : [.. VerbForms(lookup, t.Term), .. t.German] }
                    : t.Cue // a cue word ("Telefonnummer", "Neuigkeiten") was understood already: no near spellings, no parts
                        ? new QueryTerm(t.Term, [], IsCue: true)
                        : t.German.Count > 0 // "school": the index holds "schul", which is what is searched
                            ? new QueryTerm(t.Term, [], IsCue: false) { Forms = t.German }
                            : WithPartForms(lookup, new QueryTerm(t.Term, Decompound(lookup, t.Term), IsCue: false) { Fuzzy = true, Forms = VerbForms(lookup, t.Term) }))
                .Select(t => t.IsCue || !joined.TryGetValue(t.Term, out var compounds) ? t
                    : t with { Forms = [.. t.Forms.Union(compounds.Where(c => c != t.Term))] })
                .Select(t => t.IsCue || !"aeiouy".Contains(t.Term[^1], StringComparison.Ordinal) || !InIndex(lookup, t.Term + "s") ? t
                    : t with { Forms = [.. t.Forms.Union([t.Term + "s"])] }) // "Kita": the text's "Kitas", "des Büros" (the stemmer keeps the "s" after a vowel)
                .Select(t => t.IsCue || !separable.TryGetValue(t.Term, out var whole) ? t
                    : t with { Forms = [.. t.Forms.Union(whole)] })
                .Select(t => t.IsCue || !written.TryGetValue(t.Term, out var word) ? t
                    : t with { Synonyms = index.SynonymsOf(word, thesaurus is not null, () => Synonyms(index.Synonyms, thesaurus, lookup, word, t.Term)).Where(s => !words.Contains(s)).ToArray() })
                .Select(t => t.IsCue || !phrases.TryGetValue(t.Term, out var compounds) ? t
                    : t with { Synonyms = [.. t.Synonyms.Union(compounds.SelectMany(c => index.SynonymsOf(c, thesaurus is not null, () => Synonyms(index.Synonyms, thesaurus, lookup, c, t.Term))).Where(s => !words.Contains(s)))] })
                .Select(t => !t.Fuzzy || !lower.TryGetValue(t.Term, out var word) ? t
                    : t with { Compound = CompoundWithSynonyms(index, index.Synonyms, thesaurus, lookup, word) })
                .ToArray();
            IReadOnlySet<string> verbs = verbWords is null || translations is not null ? NoVerbs : verbWords.Select(GermanTextAnalyzer.StemWord).ToHashSet(StringComparer.Ordinal);
            terms = Weighed(lookup, searcher.IndexReader.NumDocs, terms, verbs, eventAsked);
            _lookups.AddOrUpdate(terms, lookup);
            return terms;
        });
    }

    /// <summary>The term with the other forms of each of its parts that the index holds (<see cref="QueryTerm.PartForms"/>).</summary>
    private static QueryTerm WithPartForms(TermLookup lookup, QueryTerm term) =>
        term.Parts.Count == 0 ? term : term with { PartForms = term.Parts.Select(p => VerbForms(lookup, p)).ToArray() };

    /// <summary>The analysed German terms the index holds for each analysed word of <paramref name="translations"/>.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Translated(
        KnowledgeIndex index, TermLookup lookup, IReadOnlyList<(string Word, IReadOnlyList<string> German)>? translations)
    {
        var translated = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (word, german) in translations ?? [])
        {
            var held = german.SelectMany(w => index.Analyzer.Terms(w)).Distinct(StringComparer.Ordinal).Where(t => InIndex(lookup, t)).ToArray();
            foreach (var term in index.Analyzer.Terms(word).Select(t => WithoutS(lookup, t)))
            {
                if (held.Length > 0)
                {
                    translated[term] = translated.TryGetValue(term, out var more) ? [.. more.Union(held)] : held;
                }
            }
        }

        return translated;
    }

    /// <summary>
    /// The word without its final "s" where the index holds only that: the stemmer keeps the "s" of the genitive
    /// and the plural after a vowel ("des Bürgerbüros", "die Kitas", "Büros"), which the knowledge writes without.
    /// </summary>
    private static string WithoutS(TermLookup lookup, string term)
    {
        if (term.Length < 5 || term[^1] != 's' || InIndex(lookup, term))
        {
            return term;
        }

        var bare = term[..^1];
        return InIndex(lookup, bare) ? bare : term;
    }

    /// <summary>True when <paramref name="term"/> occurs in a field questions are searched in (no statistics kept: a compound's candidate parts).</summary>
    private static bool InIndex(TermLookup lookup, string term) => Fields.Any(f => lookup.Contains(f.Field, term));

    /// <summary>True when <paramref name="index"/> holds every term the analyzer makes of <paramref name="word"/>.</summary>
    public static bool Holds(KnowledgeIndex index, string word)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Search(searcher =>
        {
            var lookup = new TermLookup(searcher, index);
            var terms = index.Analyzer.Terms(word);
            return terms.Count > 0 && terms.All(t => InIndex(lookup, t));
        });
    }

    /// <summary>The lookups made for <paramref name="terms"/> in <paramref name="index"/>, or new ones (terms made elsewhere, or for another state).</summary>
    private TermLookup Lookup(KnowledgeIndex index, IndexSearcher searcher, IReadOnlyList<QueryTerm> terms) =>
        _lookups.TryGetValue(terms, out var lookup) && ReferenceEquals(lookup.Index, index) ? lookup : new TermLookup(searcher, index);
}
