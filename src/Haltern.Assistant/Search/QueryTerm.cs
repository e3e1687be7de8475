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

    /// <summary>
    /// A compound the index lacks, split with the compound dictionary where the index lacks one of its parts as
    /// well: each part with the synonyms of it that the index holds ("Müllkalender": "müll" or "abfall", "kalender"),
    /// so a text that writes the compound with another word for a part ("Abfallkalender") meets it, below the
    /// citizen's own words. Empty for any other word.
    /// </summary>
    public IReadOnlyList<CompoundPart> Compound { get; init; } = [];

    /// <summary>
    /// For each of <see cref="Parts"/>, the other forms of it that the index holds, as <see cref="Forms"/> are the
    /// whole word's: a compound's head that names a deed meets the text's verb ("Brückensanierung" where the text
    /// writes "Die Brücke wird saniert"). Empty where the word has no parts.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> PartForms { get; init; } = [];

    /// <summary>
    /// What the word counts for in a hit's coverage, from 0 to 1: the rarer it is in the index, the more (see
    /// <see cref="KnowledgeSearch"/>), so a text that holds a question's rare words covers it better than one that
    /// holds its common ones. 1 where it is not known.
    /// </summary>
    public double Weight { get; init; } = 1;

    /// <summary>
    /// True for a German question's word for what happens (a verb or participle it writes in lower case, not an
    /// adjective before a noun) beside a thing the index holds: where a text lacks it, it counts half (see
    /// <see cref="KnowledgeSearch"/>).
    /// </summary>
    public bool IsVerb { get; init; }

    /// <summary>
    /// True for a German question's word for what happens (<see cref="Understanding.QuestionReader.VerbWords"/>), with or without
    /// a thing beside it: its stem may stand first in a compound of the text ("parken": "Parkplatz").
    /// </summary>
    public bool IsVerbWord { get; init; }

    /// <summary>
    /// True for a verb (<see cref="IsVerb"/>) that names the event a question asks when or who of ("Wann wird … übergeben?",
    /// "Wer hat … vorgestellt?"): it counts half only in a text that holds every other word of the question, which says
    /// the same event in other words ("verliehen", "eingebracht"); in a text about something else that holds the thing
    /// in passing, the event is not there.
    /// </summary>
    public bool NamesTheEvent { get; init; }
}
