using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// Whether a sentence names who a "Wer …?" question asks for. Where the question names a role ("der Kämmerer", "die
/// Schulleiterin", "the mayor"), a name must stand with that role in the sentence: right after it ("Kämmerer Thomas
/// Wiegand"), in apposition ("Leiterin des Jugendamts, Anna Probst") or a few words on in the same clause ("Zu
/// stellvertretenden Bürgermeistern wählte der Rat Birgit Muster"); another person, or the role without a name,
/// does not answer. Otherwise a person named or a body that acts answers, but not the body the question itself names
/// ("Wer leitet den Bauausschuss?" is not answered by "Der Bauausschuss hat … beschlossen").
/// </summary>
internal static class PersonEvidence
{
    /// <summary>How many words a name may stand from the role it holds, in the same clause.</summary>
    private const int Reach = 6;

    /// <summary>The words that ask or say who leads something ("leitet", "Chef", "Schulleiterin", "Wehrführer"; <c>markers/leading.txt</c>).</summary>
    private static readonly SentenceMarkers.WordMatcher Leading = new("markers/leading.txt");

    /// <summary>Why <paramref name="sentence"/> does not name who is asked; null when it does.</summary>
    public static string? WhyNot(AnswerContext context, string sentence)
    {
        var words = SentenceMarkers.WordsOf(sentence);
        var names = SentenceMarkers.NameStarts(sentence, words);
        if (context.Read.Has(Cue.Before))
        {
            // "Wer war vorher Bürgermeister?": the one the holder now follows, named where the text says so ("folgt auf
            // Hans Beispiel"), not the holder the role stands with.
            return names.Count > 0 && SentenceMarkers.NamesSuccession(sentence) ? null : "no predecessor named";
        }

        if (context.AskedRole is { } role)
        {
            // The name stands with the role, or, where the sentence names the role, with the thing whose role it is
            // ("Den Vorsitz … führt …, der Bau- und Umweltausschuss von Mehmet Yıldız" for the Umweltausschuss).
            var roles = Enumerable.Range(0, words.Count).Where(i => HoldsRole(context, role, words[i].Word)).ToArray();
            var anchors = roles.Length == 0 ? roles : roles.Concat(Enumerable.Range(0, words.Count).Where(i => !roles.Contains(i) && context.NamesAsked(words[i].Word))).ToArray();
            return anchors.Any(i => names.Any(n => n != i && Math.Abs(n - i) <= Reach && SameClause(sentence, words, i, n))) ? null : "no " + role.Term + " named";
        }

        // "Wer leitet die Gesamtschule?", "Wer ist der Chef der Feuerwehr?": a name with a word of leading ("Schulleiterin
        // Anna Beispiel", "geleitet von …", "Wehrführer …"), not the mayor quoted about the school.
        if (context.Read.Words.Any(w => Leading.Matches(Lexicon.Fold(w))))
        {
            // As with a role, the name may stand with the thing led where the sentence says it is led ("Neuer Leiter der
            // Feuerwehr ist seit dem 1. April Stadtbrandinspektor Jonas Beispiel").
            var leading = Enumerable.Range(0, words.Count).Where(i => Leading.Matches(LastPart(words[i].Folded)) && !LeadsAnother(context, words[i].Word)).ToArray();
            var anchors = leading.Length == 0 ? leading : leading.Concat(Enumerable.Range(0, words.Count).Where(i => !leading.Contains(i) && context.NamesAsked(words[i].Word))).ToArray();
            return anchors.Any(i => names.Any(n => n != i && Math.Abs(n - i) <= Reach && SameClause(sentence, words, i, n))) ? null : "no leader named";
        }

        if (names.Count > 0 || words.Any(w => SentenceMarkers.IsBody(w.Folded) && !context.NamesAsked(w.Word)) || Agent(context, sentence, words))
        {
            return null;
        }

        return "no Person";
    }

    /// <summary>The endings of the words of leading that a compound's first part goes before ("Schul|leiterin", "Wehr|führer": the entries of <c>markers/leading.txt</c> with a leading '*'), longest first.</summary>
    private static readonly string[] LeaderEndings = [.. Lexicon.Entries("markers/leading.txt").Where(e => e.StartsWith('*')).Select(e => Lexicon.Fold(e[1..])).OrderByDescending(e => e.Length)];

    /// <summary>
    /// True when a word of leading names by its first part a thing other than those the question names: the leader
    /// of that thing ("Fachbereichsleiter" or "Musikschulleiter" for "Wer leitet die Gesamtschule?"), not of the one
    /// asked ("Schulleiterin" of the Grundschule, "Wehrführer" of the Feuerwehr). Not a title the dictionary holds whole.
    /// </summary>
    private static bool LeadsAnother(AnswerContext context, string written)
    {
        // A title the dictionary holds whole ("Geschäftsführer", "Bürgermeister") names an office, not a thing led.
        var lower = LastPart(written.ToLowerInvariant());
        if (CompoundParts.Dictionary.Contains(lower))
        {
            return false;
        }

        var word = Lexicon.Fold(lower);
        var ending = LeaderEndings.FirstOrDefault(e => word.EndsWith(e, StringComparison.Ordinal) && word.Length - e.Length >= CompoundParts.MinPartLength);
        if (ending is null || !context.Question.Terms.Any(t => !t.IsCue))
        {
            return false;
        }

        var modifier = word[..^ending.Length];
        return !context.NamesAsked(modifier) && !(modifier.EndsWith('s') && context.NamesAsked(modifier[..^1]));
    }

    /// <summary>
    /// The doer of the verb asked, in a sentence that holds that verb: "von", "vom" or "durch" right before a name, after
    /// a form of "werden" ("Organisiert wird der Markt vom Stadtmarketing …" for "Wer organisiert …?"): the agent of the
    /// passive; not "nördlich von Ostendorf sind genehmigt", not "von 3,6 Millionen Euro".
    /// </summary>
    private static bool Agent(AnswerContext context, string sentence, IReadOnlyList<SentenceMarkers.SentenceWord> words)
    {
        var deeds = context.DeedTerms;
        if (deeds.Count == 0 || !words.Any(w => KnowledgeSearch.Coverage(deeds, context.Index.TermsOf("w:" + w.Word, () => w.Word)) > 0))
        {
            return false;
        }

        var passive = false;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            passive |= words[i].Folded is "wird" or "werden" or "wurde" or "wurden" or "worden";
            if (passive && words[i].Folded is "von" or "vom" or "durch")
            {
                var next = i + 2 < words.Count && words[i + 1].Folded is "der" or "dem" or "den" or "die" ? i + 2 : i + 1;
                if (char.IsUpper(words[next].Word[0]) && sentence.AsSpan(words[next - 1].End, words[next].Start - words[next - 1].End).IsWhiteSpace()
                    && !SentenceMarkers.IsMonth(words[next].Folded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when a word of a text is the role asked: the word itself or another form of it ("Kämmerin",
    /// "stellvertretenden"), or a compound that ends in it ("Stadtförster", "Ausschussvorsitzender").
    /// </summary>
    private static bool HoldsRole(AnswerContext context, QueryTerm role, string word)
    {
        var terms = context.Index.TermsOf("w:" + word, () => word);
        return KnowledgeSearch.Coverage([role], terms) > 0
            || (role.Term.Length >= 4 && terms.Any(t => t.EndsWith(role.Term, StringComparison.Ordinal) || t.StartsWith(role.Term, StringComparison.Ordinal)))
            || SameOffice(role.Term, word);
    }

    /// <summary>
    /// True when a role word of the text names the office asked in another noun of the same verb: the agent noun and
    /// the action noun of "leiten" ("Leiterin" asked, "Kita-Leitung, Frau …" written), their stem of four letters or
    /// more without the endings -erin, -er, -ung (Duden, Die Grammatik: Nomina agentis and actionis).
    /// </summary>
    private static bool SameOffice(string asked, string word)
    {
        var last = LastPart(Lexicon.Fold(word));
        if (!SentenceMarkers.IsRole(last))
        {
            return false;
        }

        var stem = VerbStem(last);
        return stem.Length >= 4 && VerbStem(Lexicon.Fold(asked)).EndsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>The last part of a hyphenated word ("tafel-leiterin": "leiterin").</summary>
    private static string LastPart(string folded) => folded[(folded.LastIndexOf('-') + 1)..];

    private static string VerbStem(string noun)
    {
        foreach (var ending in (ReadOnlySpan<string>)["erinnen", "erin", "ern", "er", "ungen", "ung"])
        {
            if (noun.EndsWith(ending, StringComparison.Ordinal))
            {
                return noun[..^ending.Length];
            }
        }

        return noun;
    }

    /// <summary>No semicolon, colon or dash between two words: one clause, where a role and a name go together.</summary>
    private static bool SameClause(string sentence, IReadOnlyList<SentenceMarkers.SentenceWord> words, int a, int b)
    {
        var (from, to) = a < b ? (words[a].End, words[b].Start) : (words[b].End, words[a].Start);
        return sentence.AsSpan(from, to - from).IndexOfAny(";:–") < 0;
    }
}
