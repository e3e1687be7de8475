using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Haltern.Assistant.Search;

/// <summary>How the queries are built from a question's words: one clause per word in every field, one query per kind of document.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// Each word with its query. A word searched with near spellings and compound heads (fuzzy and wildcard
    /// queries, which look through the index's terms) is rewritten to the terms they found once per index state
    /// and kept (see <see cref="KnowledgeIndex.Rewritten"/>), so the searches of one question, and later questions
    /// with the same word, do not look again.
    /// </summary>
    private static (QueryTerm Term, Query Clause)[] Words(KnowledgeIndex index, IndexSearcher searcher, TermLookup lookup, IReadOnlyList<QueryTerm> terms) =>
        terms.Select(t => (t, t.Fuzzy ? index.Rewritten(t, () => searcher.Rewrite(Clause(lookup, t))) : Clause(lookup, t))).ToArray();

    /// <param name="lookup">The question's term lookups.</param>
    /// <param name="kind">The kind of document searched.</param>
    /// <param name="words">The question's words, each with the query for it (see <see cref="Clause"/>).</param>
    /// <param name="filter">A further condition (a date range), scored nothing.</param>
    /// <param name="minTopics">
    /// When above 0, only documents that hold at least this many of the topic words, not just cue words ("lange",
    /// "kostet" occur in most articles); the documents that match score as they would without it (BM25 does not
    /// weigh by the share of clauses matched).
    /// </param>
    private static BooleanQuery Build(TermLookup lookup, string kind, IReadOnlyList<(QueryTerm Term, Query Clause)> words, Query? filter, int minTopics = 0)
    {
        var all = new BooleanQuery();
        var topics = minTopics > 0 && words.Any(w => !w.Term.IsCue) ? new BooleanQuery { MinimumNumberShouldMatch = minTopics } : all;
        foreach (var (term, clause) in words)
        {
            (term.IsCue ? all : topics).Add(clause, Occur.SHOULD);
        }

        if (topics != all)
        {
            all.Add(topics, Occur.MUST);
        }

        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(Kinds[kind]) { Boost = 0 }, Occur.MUST },
            { all, Occur.MUST },
        };
        if (filter is not null)
        {
            filter.Boost = 0;
            query.Add(filter, Occur.MUST);
        }

        return query;
    }

    /// <summary>One word of the question in every field: exact, near spellings, compound parts, compound heads.</summary>
    private static Query Clause(TermLookup lookup, QueryTerm term)
    {
        var clause = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            // A term the field lacks is left out: under BM25 (no coordination factor, no query norm) it changes no
            // score, and Lucene would still weigh it (a table of 256 norms per term and search).
            if (lookup.Occurs(field, term.Term))
            {
                clause.Add(lookup.Query(field, term.Term, boost), Occur.SHOULD);
            }

            if (term.Fuzzy && MaxEdits(term.Term) is > 0 and var edits)
            {
                clause.Add(new FuzzyQuery(new Term(field, term.Term), edits, prefixLength: 1, maxExpansions: 16, transpositions: true) { Boost = boost * 0.4f }, Occur.SHOULD);
            }

            foreach (var form in term.Forms.Where(form => lookup.Occurs(field, form)))
            {
                clause.Add(lookup.Query(field, form, boost * 0.8f), Occur.SHOULD);
            }

            foreach (var synonym in term.Synonyms.Where(synonym => lookup.Occurs(field, synonym)))
            {
                clause.Add(lookup.Query(field, synonym, boost * SynonymBoost), Occur.SHOULD);
            }

            foreach (var part in term.Parts.Where(part => lookup.Occurs(field, part)))
            {
                clause.Add(lookup.Query(field, part, boost * 0.7f), Occur.SHOULD);
            }

            foreach (var form in term.PartForms.SelectMany(f => f).Where(form => lookup.Occurs(field, form)))
            {
                clause.Add(lookup.Query(field, form, boost * 0.7f * 0.8f), Occur.SHOULD);
            }

            foreach (var part in term.Compound)
            {
                if (part.Held && lookup.Occurs(field, part.Term))
                {
                    clause.Add(lookup.Query(field, part.Term, boost * 0.7f), Occur.SHOULD);
                }

                foreach (var synonym in part.Synonyms.Where(synonym => lookup.Occurs(field, synonym)))
                {
                    clause.Add(lookup.Query(field, synonym, boost * 0.7f * SynonymBoost), Occur.SHOULD);
                }
            }

            // A word the index lacks may be the head of a compound in a title or keyword ("Bibliothek" in
            // "Stadtbibliothek"); those fields are small, so a suffix scan of their terms is cheap.
            if (term.Fuzzy && term.Term.Length >= 5 && field != KnowledgeIndex.TextField)
            {
                clause.Add(new WildcardQuery(new Term(field, "*" + term.Term)) { Boost = boost * 0.5f }, Occur.SHOULD);
            }

            // ... or the first part of one anywhere ("Grundsteuer" in "Grundsteuerbescheide"): the terms that
            // start with it are next to each other in the term dictionary, a short walk.
            if (term.Fuzzy && term.Term.Length >= 6)
            {
                clause.Add(new PrefixQuery(new Term(field, term.Term)) { Boost = boost * 0.5f, MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(16) }, Occur.SHOULD);
            }
        }

        clause.Boost = term.IsCue ? 0.5f : 1f;
        return clause;
    }

    private static readonly (string Field, float Boost)[] Fields =
    [
        (KnowledgeIndex.TitleField, 3f),
        (KnowledgeIndex.ExtraField, 2f),
        (KnowledgeIndex.TextField, 1f),
    ];

    /// <summary>Typos forgiven: none below six letters ("fährt" is not "führt"), one from six, two from ten.</summary>
    private static int MaxEdits(string term) => term.Length switch
    {
        < 6 => 0,
        < 10 => 1,
        _ => 2,
    };
}
