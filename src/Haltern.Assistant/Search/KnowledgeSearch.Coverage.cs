using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Search;

/// <summary>How much of a question a text covers: the confidence the assistant decides on.</summary>
public sealed partial class KnowledgeSearch
{
    /// <summary>
    /// The share of the question's topic words that <paramref name="docTerms"/> (a text's analysed terms) holds, each
    /// word weighed by its rarity (<see cref="QueryTerm.Weight"/>): an exact term counts 1, a compound by the share of
    /// its parts, a near spelling 0.8. Cue words count only where they match; a verb the text lacks
    /// (<see cref="QueryTerm.IsVerb"/>) counts half, so a text that says the happening otherwise still covers the
    /// thing asked, and one that holds the verb too covers it best. A verb naming the event asked when or who of
    /// (<see cref="QueryTerm.NamesTheEvent"/>) counts half only in a text that <paramref name="tellsEvents"/> (an
    /// article, not an office's card) and holds every other word of the question.
    /// </summary>
    internal static double Coverage(IReadOnlyList<QueryTerm> terms, IReadOnlySet<string> docTerms, bool tellsEvents = true)
    {
        double matched = 0, total = 0;
        bool? thingHeld = null; // read only for a verb naming the event asked, which few questions have
        foreach (var term in terms)
        {
            var score = Match(term, docTerms);
            if (!term.IsCue || score > 0)
            {
                var half = term.IsVerb && score == 0 && (!term.NamesTheEvent || (thingHeld ??= tellsEvents && HoldsAllButVerbs(terms, docTerms)));
                total += half ? term.Weight * VerbShare : term.Weight;
                matched += score * term.Weight;
            }
        }

        // Rounded: a word met by its form (0.9) covers 0.9 and not 0.8999…, as the callers' bars compare.
        return total == 0 ? 0 : Math.Round(matched / total, 9);
    }

    /// <summary>True when <paramref name="docTerms"/> hold every topic word of the question but its verbs.</summary>
    private static bool HoldsAllButVerbs(IReadOnlyList<QueryTerm> terms, IReadOnlySet<string> docTerms)
    {
        foreach (var term in terms)
        {
            if (!term.IsCue && !term.IsVerb && Match(term, docTerms) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The terms with their weights (<see cref="QueryTerm.Weight"/>): a word the index holds by its rarity; a word it
    /// lacks that is searched as other words (its parts, its synonyms, its other forms) by their mean rarity; a word
    /// it lacks and nothing stands for (a filler, a misspelling, or a thing the knowledge does not hold) by the mean
    /// weight of the question's other topic words, as much as an ordinary word of this question.
    /// </summary>
    private static QueryTerm[] Weighed(TermLookup lookup, int documents, QueryTerm[] terms, IReadOnlySet<string> verbs, bool eventAsked)
    {
        var weights = new double?[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            var own = Rarity(lookup, documents, term.Term);
            if (own is not null)
            {
                weights[i] = own;
                continue;
            }

            var others = term.Parts.Concat(term.Forms).Concat(term.Synonyms)
                .Concat(term.Compound.SelectMany(p => p.Held ? p.Synonyms.Prepend(p.Term) : p.Synonyms))
                .Select(t => Rarity(lookup, documents, t)).OfType<double>().ToArray();
            weights[i] = others.Length > 0 ? others.Average() : null;
        }

        var topics = terms.Select((t, i) => t.IsCue ? null : weights[i]).OfType<double>().ToArray();
        var ordinary = topics.Length > 0 ? topics.Average() : 1;
        // A verb weighs less only beside a thing the index holds as the question writes it: a question about a thing the
        // knowledge lacks, or holds only in other words, is weighed by all its words.
        var thingHeld = verbs.Count > 0 && terms.Any(t => !t.IsCue && !verbs.Contains(t.Term) && Rarity(lookup, documents, t.Term) is not null);
        return terms.Select((t, i) => t with
        {
            Weight = RarityShare + ((1 - RarityShare) * (weights[i] ?? ordinary)),
            IsVerb = thingHeld && !t.IsCue && verbs.Contains(t.Term),
            IsVerbWord = !t.IsCue && verbs.Contains(t.Term),
            NamesTheEvent = eventAsked && thingHeld && !t.IsCue && verbs.Contains(t.Term),
        }).ToArray();
    }

    /// <summary>
    /// What a word for what happens counts for where a text lacks it, beside a word for a thing: a text says the same
    /// happening with other verbs ("Warum baut man die Brücke neu?": "… hatte die Erneuerung beschlossen"), while the thing asked
    /// names the topic.
    /// </summary>
    private const double VerbShare = 0.5;

    private static readonly IReadOnlySet<string> NoVerbs = new HashSet<string>();

    /// <summary>
    /// How rare <paramref name="term"/> is among the index's <paramref name="documents"/>, from 0 to 1: BM25's inverse
    /// document frequency of the term (in the field where it is most frequent) against that of a term no document
    /// holds; null where no document holds it. A word in every other sentence ("neu", the town's name) counts a
    /// fraction of a word of a single article.
    /// </summary>
    private static double? Rarity(TermLookup lookup, int documents, string term)
    {
        var frequency = Fields.Max(f => lookup.DocFreq(f.Field, term));
        return frequency == 0 ? null : documents <= 1 ? 1 : Idf(frequency, documents) / Idf(0, documents);
    }

    /// <summary>The share of a word's weight that every word has, whatever its rarity.</summary>
    private const double RarityShare = 0.5;

    private static double Idf(int frequency, int documents) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static double Match(QueryTerm term, IReadOnlySet<string> docTerms)
    {
        if (docTerms.Contains(term.Term))
        {
            return 1;
        }

        foreach (var form in term.Forms)
        {
            if (docTerms.Contains(form))
            {
                return 0.9;
            }
        }

        // A synonym counts where the text writes it as a word: a synonym of a compound's part ("Bürger" in
        // "Bürgerbüro" for a word meaning inhabitants) is two steps from the question's meaning.
        var words = docTerms is AnalyzedText analyzed ? analyzed.Words : docTerms;
        var synonym = term.Synonyms.Any(words.Contains) ? SynonymCoverage : 0;
        // A compound meets a text only with all its parts: one whose head or modifier the text lacks is another
        // thing ("Gewerbesteuerhebesatz" is not the Grundsteuer's "Hebesatz").
        if (term.Parts.Count > 0 && term.Parts.All(docTerms.Contains))
        {
            return 1;
        }

        // ... or with a part in another form: the head's verb ("saniert" for the "-sanierung" of "Brückensanierung").
        if (term.PartForms.Count == term.Parts.Count && term.Parts.Count > 0
            && term.Parts.Select((p, i) => docTerms.Contains(p) || term.PartForms[i].Any(docTerms.Contains)).All(held => held))
        {
            return 0.9;
        }

        var compound = term.Compound.Count > 0 ? CompoundMatch(term.Compound, docTerms, words) : 0;
        if (compound >= 1)
        {
            return compound;
        }

        var edits = MaxEdits(term.Term);
        if (edits > 0 && docTerms.Any(d => d.Length > 2 && d[0] == term.Term[0] && Math.Abs(d.Length - term.Term.Length) <= edits && EditDistance.Between(d, term.Term) <= edits))
        {
            return 0.8;
        }

        if (synonym > 0 || compound > 0)
        {
            return Math.Max(synonym, compound);
        }

        // A synonym as the last part of a word of the text: a compound is a kind of its last part ("Hallenbad" is a
        // "Bad", one of the synonyms of "Schwimmbad").
        if (term.Synonyms.Any(s => s.Length >= CompoundParts.MinPartLength && words.Any(w => w.Length >= s.Length + CompoundParts.MinPartLength && w.EndsWith(s, StringComparison.Ordinal))))
        {
            return HeadSynonymCoverage;
        }

        // A verb's stem as the first part of a compound of the text, whose head the text holds as a part: the thing
        // for doing it ("parken": "Parkplätze", "schwimmen": "Schwimmbad"). Not for a noun: a "Parkplatz" is no "Park".
        if (term.IsVerbWord && term.Term.Length >= MinOuterPart && words.Any(w => BeginsWithVerb(w, term.Term, docTerms)))
        {
            return VerbPartCoverage;
        }

        // A compound in the text that contains the whole question word ("sprechstund" in "burgermeistersprechstund"),
        // or the question's compound with a part between its first and last ("feuerwehrhaus" in
        // "feuerwehrgeratehaus": the citizen leaves out what the town's text spells out).
        return term.Term.Length >= 5 && docTerms.Any(d => d.Length > term.Term.Length + 3 && (d.EndsWith(term.Term, StringComparison.Ordinal) || d.StartsWith(term.Term, StringComparison.Ordinal) || WithMiddle(d, term.Term)))
            ? 0.7
            : 0;
    }

    /// <summary>What a verb met as the first part of a text's compound counts (<see cref="BeginsWithVerb"/>).</summary>
    private const double VerbPartCoverage = 0.7;

    /// <summary>
    /// True when <paramref name="word"/> (a text's word) is <paramref name="verb"/>'s stem, an optional linking "e" and
    /// a part the analysis split off it (<paramref name="docTerms"/> hold the parts of the text's compounds).
    /// </summary>
    private static bool BeginsWithVerb(string word, string verb, IReadOnlySet<string> docTerms)
    {
        if (word.Length <= verb.Length + CompoundParts.MinPartLength || !word.StartsWith(verb, StringComparison.Ordinal))
        {
            return false;
        }

        var head = word[verb.Length..];
        return docTerms.Contains(head) || (head[0] == 'e' && docTerms.Contains(head[1..]));
    }

    /// <summary>The shortest first or last part of a question's compound that <see cref="WithMiddle"/> keeps.</summary>
    private const int MinOuterPart = 4;

    /// <summary>
    /// True when <paramref name="word"/> (a text's term) begins with a first part of <paramref name="term"/> and ends
    /// with the rest of it, with at least a part's letters between: all of the question's compound is in the word,
    /// in its order, so a word lacking its head or its modifier ("Gewerbesteuerhebesatz" for "Grundsteuerhebesatz")
    /// does not meet it.
    /// </summary>
    private static bool WithMiddle(string word, string term)
    {
        // Every split needs the shortest first and last part: most of a text's words fail here, before the loop.
        if (term.Length < 2 * MinOuterPart || !word.StartsWith(term.AsSpan(0, MinOuterPart), StringComparison.Ordinal)
            || !word.EndsWith(term.AsSpan(term.Length - MinOuterPart), StringComparison.Ordinal))
        {
            return false;
        }

        for (var split = MinOuterPart; split <= term.Length - MinOuterPart; split++)
        {
            if (word.StartsWith(term.AsSpan(0, split), StringComparison.Ordinal) && word.EndsWith(term.AsSpan(split), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
