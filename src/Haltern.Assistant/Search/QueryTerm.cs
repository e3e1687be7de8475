namespace Haltern.Assistant.Search;

/// <summary>One query word as searched: the analysed term, the parts of a compound, and whether it only says what kind of question this is.</summary>
public sealed record QueryTerm(string Term, IReadOnlyList<string> Parts, bool IsCue)
{
    /// <summary>
    /// True when a topic word is not in the index as written, so near spellings are searched too. A word the
    /// index holds is no typo, a cue word ("Telefonnummer") was understood already, and fuzzy queries are what a
    /// search costs most (each builds a Levenshtein automaton).
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>
    /// The same verb as the index writes it otherwise: "nutzt" and "genutzt", "kosten" and "kostet". The stemmer
    /// leaves the ending "-t" and the participle's "ge-" on; only forms the index holds are kept.
    /// </summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>
    /// Words of the same meaning that the index holds (the staff's synonyms first, then the thesaurus'): searched
    /// beside the word, below it (see <see cref="KnowledgeSearch"/>), never instead of it.
    /// </summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
