namespace Haltern.Assistant.Search;

/// <summary>
/// One part of a question's compound that the index lacks as a whole ("Müll" of "Müllkalender"): its analysed
/// term, whether the index holds it, and the synonyms of the part that the index holds ("abfall").
/// </summary>
public sealed record CompoundPart(string Term, bool Held, IReadOnlyList<string> Synonyms);
