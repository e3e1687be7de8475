namespace Haltern.Assistant.Understanding;

/// <summary>How the words of a question settle what it asks when they say more than one thing.</summary>
public sealed partial class QuestionReader
{
    /// <summary>The uninflected ein-words (<c>Language/de/ein-words.txt</c>): after one, "neues" is an adjective.</summary>
    private static readonly HashSet<string> EinWords = Language.WordListFile.Words("de/ein-words.txt").Select(Lexicon.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>The pronouns by which a citizen asks of themselves (<c>Language/de/asker-pronouns.txt</c>: "ich", "wir", "man").</summary>
    private static readonly HashSet<string> AskerPronouns = Language.WordListFile.Words("de/asker-pronouns.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>Kinds of answer beside which a noun of a grant is what the question is about ("Wie hoch ist der Zuschuss?").</summary>
    private const Cue GrantIsTopic = Cue.Procedure | Cue.Money | Cue.Cost | Cue.Quantity | Cue.Measure | Cue.Funding | Cue.Person | Cue.When | Cue.Duration | Cue.Address;

    /// <summary>Kinds of answer a question asks for beside a moment: "Was kostet jetzt …?" asks a price, not whether something is open now.</summary>
    private const Cue OtherAnswers = Cue.Cost | Cue.Quantity | Cue.Measure | Cue.Reason | Cue.Money | Cue.Duration;

    /// <summary>
    /// German splits "woher" around its verb ("Wo kommt das Geld her?"): a message that asks "wo" and ends in "her"
    /// asks "woher", and both its parts are read as that word.
    /// </summary>
    private static void JoinSplitWoher(string[] folded)
    {
        if (folded.Length > 2 && folded[^1] == "her" && Array.IndexOf(folded, "wo") is var wo and >= 0 && wo < folded.Length - 2)
        {
            folded[wo] = "woher";
            folded[^1] = "woher";
        }
    }

    /// <summary>The cues of a word where the word before it changes them: "ein neues Gebäude" asks no news.</summary>
    private static Cue InPlace(Cue cue, string[] folded, int i) =>
        i > 0 && (cue & Cue.WhatsNew) != 0 && EinWords.Contains(folded[i - 1]) ? cue & ~(Cue.News | Cue.WhatsNew) : cue;

    /// <summary>
    /// What a question about money asks: the source ("Woher kommt die Kohle?", "Wer spendiert das Preisgeld?", "Wie
    /// wird … finanziert?") or the amount ("Was zahlt man für …?", "Wie viel wird gefördert?"). A word of money names
    /// the topic of a source asked for, or of a person asked ("Wer bekommt das Geld?"), and asks no sum.
    /// </summary>
    private static Cue SettleMoney(Cue cues, string[] folded, Cue phrases)
    {
        var priceWord = (phrases & Cue.Cost) != 0 || folded.Any(w => (Lexicon.CuesOf(w) & (Cue.Cost | Cue.Money)) == Cue.Cost);
        var first = FirstQuestionWord(folded);
        var who = folded.Any(w => w is "wer" or "who");
        if (first == "woher" && (cues & Cue.Money) != 0)
        {
            cues |= Cue.Funding; // "Woher nimmt die Stadt das Geld?"
        }

        if ((cues & (Cue.Pay | Cue.Funding)) == Cue.Pay)
        {
            if (first is null or "was" or "what" && folded.Any(AskerPronouns.Contains))
            {
                return (cues | Cue.Cost) & ~Cue.Money; // "Muss ich für … was bezahlen?", "Was zahle ich?": a price, which "kostenlos" answers
            }

            if (first is "wer" or "who" or "woher")
            {
                cues |= Cue.Funding; // "Wer muss das bezahlen?": who pays
            }
        }

        if ((cues & Cue.Funding) != 0)
        {
            // "Wer spendiert das Preisgeld?" asks the giver, whatever its words of money, and the giver is where the
            // money comes from ("übernimmt das Land"), not any person; "Was zahlt man …?", "Wie viel wird gefördert?"
            // the sum; "Was kostet … und wer bezahlt es?" both.
            var source = first is "wer" or "who" or "woher" or "warum" or "wieso" or "why";
            var amount = !source && (priceWord || first is "was" or "what");
            return amount ? (cues | Cue.Cost | Cue.Money | (who ? Cue.Reason : Cue.None)) & ~Cue.Person
                : (cues | Cue.Reason) & ~(Cue.Person | (source || !priceWord ? Cue.Cost | Cue.Money : Cue.None));
        }

        // "Wer bekommt das Geld?" asks a person; "Warum wird Parken teurer?" a reason: the word of money or price names what changed.
        if ((cues & Cue.Reason) != 0 && first is "warum" or "wieso" or "weshalb" or "weswegen" or "why")
        {
            return cues & ~(Cue.Cost | Cue.Money | Cue.Quantity | Cue.Measure);
        }

        return who && !priceWord ? cues & ~(Cue.Cost | Cue.Money) : cues;
    }

    /// <summary>
    /// "Um wie viel steigt …?" asks the change, which a sentence gives in any unit ("von 610 auf 655 Prozentpunkte"),
    /// not an amount of money or a count; "Um wie viel Uhr …?" asks a time.
    /// </summary>
    private static Cue SettleChange(Cue cues, Cue phrases) =>
        (phrases & Cue.Change) == 0 ? cues
        : (phrases & Cue.When) != 0 ? cues & ~Cue.Change
        : cues & ~(Cue.Cost | Cue.Money | Cue.Quantity | Cue.Measure);

    /// <summary>
    /// "Wie viel" before a noun asks how much of that thing: a noun of money ("Wie viel Zuschuss …?", "wieviel Geld",
    /// <c>markers/money.txt</c>) or no noun ("Wie viel kostet …?") asks an amount of money; any other noun a quantity
    /// with its unit ("wie viel Streusalz": tonnes; "Mit wie viel Prozent …?"; "ab wie viel Jahren"), a measure that
    /// euros do not answer. A noun is a capitalised word, or, in a message written in lower case, a word of the
    /// compound dictionary (the thesaurus' nouns) or a unit; a word that is a cue itself keeps its own reading.
    /// </summary>
    private static Cue SettleAmountOf(Cue cues, string[] words, string[] folded)
    {
        if ((cues & Cue.Cost) == 0 || (cues & (Cue.Quantity | Cue.Measure)) != 0)
        {
            return cues;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            var next = folded[i] == "wieviel" ? i + 1 : folded[i] == "wie" && i + 1 < folded.Length && folded[i + 1] == "viel" ? i + 2 : -1;
            if (next < 0 || next >= folded.Length)
            {
                continue;
            }

            var noun = folded[next];
            var isNoun = SentenceMarkers.IsUnit(noun)
                || char.IsUpper(words[next][0])
                || LooksLikeANoun(words[next].ToLowerInvariant());
            if (!isNoun || Lexicon.CuesOf(noun) != Cue.None || SentenceMarkers.NamesMoney(noun)
                || folded.Skip(next + 1).Any(w => (Lexicon.CuesOf(w) & (Cue.Cost | Cue.Money)) != 0))
            {
                return cues;
            }

            return (cues | Cue.Quantity | Cue.Measure) & ~(Cue.Cost | Cue.Money);
        }

        return cues;
    }

    /// <summary>
    /// The words by which a German question says what happens ("erhöht", "zahlen", "gebaggert"): those it writes in
    /// lower case after its first word, where it capitalises its nouns, but not an adjective before a noun ("die graue
    /// Tonne", "neue Stellplätze"), which tells one thing from another. In a message all in lower case, where
    /// <paramref name="lowerCase"/>, the words that neither look like nouns (<see cref="LooksLikeANoun"/>) nor stand
    /// before one; else none, since nothing there tells them.
    /// </summary>
    internal static IReadOnlyList<string> VerbWords(IReadOnlyList<string> words, bool lowerCase)
    {
        var allLower = !words.Skip(1).Any(w => char.IsUpper(w[0]));
        if (allLower && !lowerCase)
        {
            return [];
        }

        bool Noun(string word) => char.IsUpper(word[0]) || (allLower && LooksLikeANoun(word.ToLowerInvariant()));
        var verbs = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsLower(words[i][0]) && !Noun(words[i]) && (i + 1 == words.Count || !Noun(words[i + 1])))
            {
                verbs.Add(words[i]);
            }
        }

        return verbs;
    }

    /// <summary>
    /// True for a word of the compound dictionary (the thesaurus' nouns), or one that ends in such a noun of four letters
    /// or more after three letters or more ("sperrmüll": "Müll"): a noun, where a message in lower case does not say so.
    /// </summary>
    internal static bool LooksLikeANoun(string lower)
    {
        var nouns = Search.CompoundParts.Dictionary;
        if (nouns.Contains(lower))
        {
            return true;
        }

        // A participle whose stem with its "-t" is a noun ("gemacht", "mitgemacht": "Macht") is a verb.
        if (IsParticipleOfANoun(nouns, lower))
        {
            return false;
        }

        var chars = lower.ToCharArray();
        for (var start = 3; start <= chars.Length - 4; start++)
        {
            if (nouns.Contains(chars, start, chars.Length - start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for "ge" + a noun of the dictionary ending in "t", with a separable prefix or none before ("gemacht",
    /// "mitgemacht"): the participle of a verb, though its end spells a noun.
    /// </summary>
    private static bool IsParticipleOfANoun(Lucene.Net.Analysis.Util.CharArraySet nouns, string lower)
    {
        if (!lower.EndsWith('t'))
        {
            return false;
        }

        var at = lower.IndexOf("ge", StringComparison.Ordinal);
        return at >= 0 && lower.Length - at - 2 >= 4 && (at == 0 || SentenceMarkers.IsSeparablePrefix(Lexicon.Fold(lower[..at]))) && nouns.Contains(lower[(at + 2)..]);
    }

    /// <summary>
    /// A moment ("jetzt", "nächstes Jahr") beside a price, a count or a reason asked is when, not an hours question;
    /// a reason is never answered by opening hours ("Warum brauche ich einen Termin?"): the hour words name the topic.
    /// </summary>
    private static Cue SettleMoment(Cue cues, string[] words, string[] folded, HashSet<string> cueWords)
    {
        if ((cues & Cue.Duration) != 0 && (cues & Cue.Measure) != 0 && folded.Any(w => (Lexicon.CuesOf(w) & Cue.Duration) != 0))
        {
            cues &= ~(Cue.Quantity | Cue.Measure); // "Wie lang dauert es?" asks a length of time, not a measure
        }

        if ((cues & OtherAnswers) != 0)
        {
            cues &= ~(Cue.Now | Cue.Next);
        }

        if ((cues & Cue.Reason) != 0 && (cues & (Cue.Hours | Cue.Closed | Cue.Appointment)) != 0)
        {
            cues &= ~(Cue.Hours | Cue.Closed | Cue.Appointment);
            for (var i = 0; i < words.Length; i++)
            {
                if ((Lexicon.CuesOf(folded[i]) & ~(Cue.Hours | Cue.Closed | Cue.Appointment)) == Cue.None)
                {
                    cueWords.Remove(words[i]);
                }
            }
        }

        return cues;
    }

    /// <summary>The first question word of a message ("Hallo, was kostet …": "was"), or null.</summary>
    private static string? FirstQuestionWord(string[] folded) =>
        folded.FirstOrDefault(w => w is "was" or "wer" or "wie" or "wo" or "woher" or "wann" or "warum" or "wieso" or "weshalb" or "welche" or "welcher"
            or "welches" or "welchem" or "welchen" or "what" or "who" or "how" or "where" or "when" or "why" or "which");
}
