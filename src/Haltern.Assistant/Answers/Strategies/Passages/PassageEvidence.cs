using System.Text.RegularExpressions;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>What a sentence shows for a question: whether it holds the kind of answer asked for, and about what.</summary>
internal static partial class PassageEvidence
{
    /// <summary>Sentences on either side of the best one that may hold the amount or reason it lacks.</summary>
    private const int NeighbourReach = 3;

    /// <summary>
    /// What an answer may be moved to another sentence for: an amount of money, a number, a length of time, or an
    /// answer shown by words (<see cref="Marked"/>; Funding with Reason: the sentence must say the source, not any
    /// reason). Not a date: one is read in too many sentences ("am Ende", "bald").
    /// </summary>
    private const Cue Movable = Cue.Numbers | Cue.Duration | Marked;

    /// <summary>
    /// Answers a sentence shows by its words (<see cref="SentenceMarkers"/>), not by a number or a date: a reason, a
    /// source of money, a way to do something, a way around a closure, a vote's outcome, a use. The question's own topic words are no such sign ("Zuschuss" is where
    /// money comes from only when the subsidy is not what is asked about), and the article's sentence near the one
    /// that names the topic gives it as often as that one does.
    /// </summary>
    private const Cue Marked = Cue.Reason | Cue.Funding | Cue.Procedure | Cue.Route | Cue.Vote | Cue.Purpose;

    /// <summary>
    /// Prefers sentences that hold what the question asks for (Microsoft.Recognizers.Text and the marker words on the
    /// few candidates). Between sentences that cover the question equally, the article the conversation is about wins.
    /// </summary>
    public static IReadOnlyList<PassageHit> Rerank(AnswerContext context, IReadOnlyList<PassageHit> passages)
    {
        var wanted = context.Question.Wanted;
        var last = context.Question.RefersTo.ArticleId;
        if (passages.Count == 0 || (wanted == Cue.None && last is null))
        {
            return passages;
        }

        // The recognizers run only on candidates that could still reach the bar.
        var holds = passages.Select(p => wanted != Cue.None && p.Coverage + 0.2 >= context.MinCoverage && HoldsOrNear(context, p, wanted)).ToArray();
        var events = holds.Select((h, i) => h && NamesTheEvent(context, passages[i], wanted)).ToArray();
        if (events.Any(e => e))
        {
            holds = events; // a date beside another event is not the date asked for, where one stands beside this one
        }

        var anyHolds = holds.Any(h => h);
        return passages
            .Select((p, i) => !anyHolds ? p : p with { Coverage = holds[i] ? Math.Min(1, p.Coverage + 0.2) : p.Coverage * 0.8 })
            .OrderByDescending(p => p.Coverage)
            .ThenByDescending(p => p.Article.Id == last)
            .ThenByDescending(p => p.Score)
            .ToArray();
    }

    /// <summary>
    /// True when the answer a passage gives holds what is wanted: the sentence, or the one before it where the answer
    /// brings that too ("Einen … Plan besprachen … die Mitglieder des Ausschusses. Diesen beschlossen sie …"). A
    /// number must be about the thing asked: the answer (with its article's title) mentions every topic word, but for
    /// the article's subject its lead sentence names and the citizen's own words the article writes nowhere. A way to
    /// do something names one of the things asked at least (<see cref="NamesAThing"/>).
    /// </summary>
    public static bool AnswerHolds(AnswerContext context, PassageHit passage, Cue wanted, bool anyVerb = false) => WhyNot(context, passage, wanted, anyVerb) is null;

    /// <summary>Why the answer a passage gives does not hold what is wanted (see <see cref="AnswerHolds"/>); null when it does.</summary>
    /// <param name="context">The question and the index.</param>
    /// <param name="passage">The sentence weighed.</param>
    /// <param name="wanted">The kind of answer asked for.</param>
    /// <param name="anyVerb">
    /// True where the number may stand with another verb than the question's (<see cref="AnswerContext.Verbs"/>): "Die
    /// Stadt erhält … 20.000 Euro" for "Was bringt der Solarpark der Stadt?", once no sentence of the article holds
    /// the question's own.
    /// </param>
    public static string? WhyNot(AnswerContext context, PassageHit passage, Cue wanted, bool anyVerb = false)
    {
        // The strategies weigh the same sentences for the same kind more than once a question (the rerank, the
        // neighbour that may hold the answer, the sharper sentence of the article, the answer chosen): each is weighed once.
        var key = (passage.Article.Id, passage.Ordinal, passage.Sentence, wanted, anyVerb);
        if (!context.Verdicts.TryGetValue(key, out var why))
        {
            why = Weigh(context, passage, wanted, anyVerb);
            context.Verdicts[key] = why;
        }

        return why;
    }

    /// <summary>Why the answer a passage gives does not hold what is wanted, weighed anew (see <see cref="WhyNot"/>).</summary>
    private static string? Weigh(AnswerContext context, PassageHit passage, Cue wanted, bool anyVerb)
    {
        var before = passage.Ordinal > 0 && AnswerWriter.RefersBack(passage.Sentence)
            ? KnowledgeIndex.Sentences(passage.Article).ElementAtOrDefault(passage.Ordinal - 1)
            : null;
        if (wanted == Cue.Person)
        {
            var why = PersonEvidence.WhyNot(context, passage.Sentence);
            return why is null || (before is not null && PersonEvidence.WhyNot(context, before) is null) ? null : why;
        }

        if (!context.Holds(WithoutTopicNumbers(context, passage.Sentence), wanted)
            && (before is null || !context.Holds(WithoutTopicNumbers(context, before), wanted)))
        {
            return "no " + wanted;
        }

        if ((wanted & Cue.When) != 0 && context.Question.Has(Cue.Clock) && !ClockTime().IsMatch(passage.Sentence) && (before is null || !ClockTime().IsMatch(before)))
        {
            return "no time of day"; // "Um wie viel Uhr …?" is answered by "um 22:30 Uhr", not by the day alone
        }

        if ((wanted & Cue.When) != 0 && DayAsked(context.Read) && context.AskedEvents.Count > 0 && !context.NamesAskedEvent(passage.Sentence))
        {
            return "names no event asked"; // the day of the event asked ("eingeweiht"), not of another one the article names
        }

        if ((wanted & Cue.When) != 0 && context.Read.Has(Cue.Day) && !NamesADay(passage.Sentence) && (before is null || !NamesADay(before)))
        {
            return "no day"; // "An welchem Tag …?" is answered by "am 3. Mai" or "am Montag", not by "im Mai"
        }

        if ((wanted & Cue.When) != 0 && context.Read is { FutureSpan: null } read && read.Has(Cue.Next) && !context.NamesAComingDay(passage.Sentence, passage.Article))
        {
            return "no day to come"; // "Wann tagt der Bauausschuss das nächste Mal?" is not answered by the day of the last one
        }

        if ((wanted & Cue.Numbers) != 0 && !context.HoldsMeasureAsked(passage.Sentence) && (before is null || !context.HoldsMeasureAsked(before)))
        {
            return "no measure asked"; // "Wie alt …?" is answered by a number of years, not by any number on the topic
        }

        // A sum asked of a person ("Was verdient der Bürgermeister?") is theirs where the sentence says what it is, in the
        // question's word for it ("verdient", "Gehalt"), not where the person hands over a prize or names a project's cost.
        if ((wanted & (Cue.Cost | Cue.Money)) != 0 && context.AskedRole is { } role && context.Question.Terms.All(t => t.IsCue || t.Term == role.Term)
            && context.Question.Terms.Where(t => t.IsCue).ToArray() is { Length: > 0 } cues
            && KnowledgeSearch.Coverage(cues, context.Index.TermsOf("p:" + passage.Article.Id + "#" + passage.Ordinal, () => passage.Sentence)) == 0)
        {
            return "no sum of the person asked";
        }

        if ((wanted & Cue.Numbers) == 0 && (wanted & Cue.Procedure) != 0)
        {
            return NamesAThing(context, passage, before) ? null : NamesNoThingAsked;
        }

        if ((wanted & Cue.Numbers) == 0 || context.Question.TopicTerms == 0)
        {
            return null;
        }

        // A price or a count beside another thing of the same kind ("Restmülltonne" for the "Biotonne") is that thing's.
        if (context.NamesAnotherOfItsKind("p:" + passage.Article.Id + "#" + passage.Ordinal, passage.Sentence) is { } other)
        {
            return "names " + other;
        }

        // "Wie viele …?" asks for a count of the thing asked: the number must count it, in the sentence that holds one.
        var about = passage.Article.Title + "\n" + KnowledgeIndex.Sentences(passage.Article).FirstOrDefault();
        if (AsksACount(context, wanted) && !context.CountsATopic(passage.Sentence, about) && (before is null || !context.CountsATopic(before, about)))
        {
            return "counts no topic";
        }

        // The article's title and lead sentence name its subject, which every later sentence is about; the words the
        // citizen writes for what happens that the article words otherwise are no thing the number could be about. A
        // role the lead names (markers/roles.txt: "Bürgermeisterin … beim Spatenstich") is a person taking part, not
        // the subject: "Die Baukosten …" is not what she earns.
        var text = string.Join(' ', new[] { passage.Article.Title, before, passage.Sentence }.OfType<string>());
        var own = context.CitizensWords(passage.Article);
        var subject = context.LeadSubject(passage.Article);
        var key = "answer:" + passage.Article.Id + "#" + passage.Ordinal;
        var general = context.GeneralCompoundsNamed(key, text);
        // A sentence that names only the subject's cost ("Die Kosten werden auf … geschätzt") is about the subject; not
        // where the citizen asks what they pay ("Muss ich für den Anschluss was zahlen?"): the project's cost is not theirs.
        var named = SentenceMarkers.UndertakingNamed(passage.Sentence);
        var undertaking = (wanted & Cue.Cost) != 0 && !context.Read.Has(Cue.Pay) && named is not null;
        // A sentence that names a deed of its own ("Der Neubau kostet …") does not answer for another deed asked ("der
        // Abriss"), though the article's subject takes both in.
        bool OtherDeed(string w) => named is not null && Lexicon.IsActionNoun(named) && context.ActionTerms.Any(t => t.Term == w);
        var missing = context.TopicsNotMentioned(key, text)
            .Where(w => !own.Contains(w) && !(subject.Contains(w) && !SentenceMarkers.IsRole(w) && !OtherDeed(w)) && !general.Contains(w)
                && !(undertaking && context.HeldBySubject(passage.Article, w) && !SentenceMarkers.IsRole(w) && !OtherDeed(w))
                && !(anyVerb && context.Verbs.Contains(w)) && !context.PayTerms.Contains(w)).ToArray();
        return missing.Length == 0 ? null : "lacks " + string.Join(", ", missing);
    }

    /// <summary>
    /// True when the answer (with its article's title, and its lead sentence's subject that every sentence is about)
    /// names one of the things the question names, its topic words but those for what happens
    /// (<see cref="AnswerContext.EventTerms"/>), or the question names none: a dog's
    /// registration form is no way to apply for an identity card, though both are applied for.
    /// </summary>
    private static bool NamesAThing(AnswerContext context, PassageHit passage, string? before)
    {
        var things = context.Question.Terms.Where(t => !t.IsCue && !context.EventTerms.Contains(t)).Select(t => t.Term).ToArray();
        if (things.Length == 0)
        {
            return true;
        }

        var text = string.Join(' ', new[] { passage.Article.Title, before, passage.Sentence }.OfType<string>());
        var missing = context.TopicsNotMentioned("answer:" + passage.Article.Id + "#" + passage.Ordinal, text);
        var subject = context.LeadSubject(passage.Article);
        return things.Any(t => !missing.Contains(t) || subject.Contains(t));
    }

    /// <summary>
    /// True when the passage holds what is wanted, or, for an answer its words show (<see cref="Marked"/>), a sentence
    /// of its article within reach does (<see cref="HoldingNeighbour"/>): the sentence on the topic whose neighbour
    /// gives the reason ranks before a sentence of another article that gives some reason and covers the topic less.
    /// </summary>
    private static bool HoldsOrNear(AnswerContext context, PassageHit passage, Cue wanted) =>
        AnswerHolds(context, passage, wanted)
        || ((wanted & Marked) != 0 && (wanted & ~Movable) == 0 && HoldingNeighbour(context, passage) is { } near && near.Ordinal != passage.Ordinal);

    /// <summary>
    /// For "Wann …?", true when the sentence's date stands with the event asked about: the sentence itself holds the
    /// question's verb or participle ("beschlossen werden soll im Dezember" for "Wann wird … beschlossen?") or names
    /// the same kind of event in other words ("eröffnet" for "Wann macht … auf?", "Baubeginn" for "Wann fangen … an?"),
    /// not only the thing's name beside another event's date ("am Mittwoch … eingebracht", "Spatenstich am 2. Mai").
    /// Likewise for "Wer …?": the person or body that did what is asked ("Wer hat … beschlossen?"), not one who spoke
    /// about it ("Kämmerer … begründete").
    /// </summary>
    public static bool NamesTheEvent(AnswerContext context, PassageHit passage, Cue wanted)
    {
        if (wanted == Cue.Person)
        {
            return context.DeedTerms.Count > 0
                && KnowledgeSearch.Coverage(context.DeedTerms, context.Index.TermsOf("p:" + passage.Article.Id + "#" + passage.Ordinal, () => passage.Sentence)) > 0;
        }

        if ((wanted & (Cue.When | Cue.Duration)) == 0)
        {
            return false;
        }

        if (context.NamesAskedEvent(passage.Sentence))
        {
            return true;
        }

        if ((wanted & Cue.When) == 0 || context.EventTerms.Count == 0)
        {
            return false;
        }

        var own = context.Index.TermsOf("p:" + passage.Article.Id + "#" + passage.Ordinal, () => passage.Sentence);
        return KnowledgeSearch.Coverage(context.EventTerms, own) > 0;
    }

    /// <summary>
    /// The sentence without the numbers and the time words the question names as part of its topic ("Haushalt 2027",
    /// "das Freibad im Sommer"): the year or season that names the thing is not the date, amount or count asked about it.
    /// For an answer shown by words (<see cref="Marked"/>), without the question's topic words too.
    /// </summary>
    private static string WithoutTopicNumbers(AnswerContext context, string sentence)
    {
        foreach (var term in context.Question.Terms)
        {
            if (!term.IsCue && term.Term.All(char.IsAsciiDigit) && sentence.Contains(term.Term, StringComparison.Ordinal))
            {
                sentence = Regex.Replace(sentence, @"(?<![\d.,])" + term.Term + @"(?![\d]|[.,]\d)", " ");
            }
        }

        foreach (var word in context.TimeWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                sentence = Regex.Replace(sentence, @"\b" + Regex.Escape(word) + @"\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
        }

        return (context.Question.Wanted & Marked) == 0 ? sentence : WithoutTopicWords(context, sentence);
    }

    /// <summary>The sentence without the words that are the question's own topic words, in any form (a topic word is the start of the word, folded).</summary>
    private static string WithoutTopicWords(AnswerContext context, string sentence)
    {
        var topics = context.Question.Terms.Where(t => !t.IsCue && t.Term.Length >= 4).Select(t => t.Term).ToArray();
        if (topics.Length == 0)
        {
            return sentence;
        }

        return Regex.Replace(sentence, @"\p{L}[\p{L}\p{N}\-]*", m =>
        {
            var folded = Lexicon.Fold(m.Value);
            return Array.Exists(topics, t => folded.StartsWith(t, StringComparison.Ordinal)) ? " " : m.Value;
        });
    }

    /// <summary>
    /// True when only a count is asked ("Wie viele Plätze …?"), not a price, a date, a length of time or a measure
    /// ("Wie hoch …?", "Wie alt …?": there the number's noun is its unit, not the thing).
    /// </summary>
    private static bool AsksACount(AnswerContext context, Cue wanted) =>
        (wanted & Cue.Quantity) != 0 && (wanted & (Cue.Cost | Cue.When | Cue.Duration)) == 0 && !context.Question.Has(Cue.Measure);

    /// <summary>
    /// Where the question asks for an amount or a reason and the sentence that covers it best holds none, the nearest
    /// sentence of the same article that does answers instead (an article names its subject in one sentence and its
    /// cost, or where the money comes from, in the next ones), within a few sentences; further away only the
    /// article's one such sentence, if it has just one, or just one that says the kind as such. For an amount of money, not for "kostenlos": a free version
    /// beside the sentence about a thing is not what the thing costs. Null when nothing in reach holds it.
    /// </summary>
    public static PassageHit? HoldingNeighbour(AnswerContext context, PassageHit best)
    {
        var wanted = context.Question.Wanted & Movable;
        if (wanted == Cue.None || AnswerHolds(context, best, wanted))
        {
            return best;
        }

        var sentences = KnowledgeIndex.Sentences(best.Article);
        for (var distance = 1; distance <= NeighbourReach; distance++)
        {
            // After before: an article names its subject first and what it costs after.
            foreach (var ordinal in (ReadOnlySpan<int>)[best.Ordinal + distance, best.Ordinal - distance])
            {
                if (ordinal >= 0 && ordinal < sentences.Count && context.Holds(sentences[ordinal], wanted, free: false))
                {
                    return About(context, best, best with { Sentence = sentences[ordinal], Ordinal = ordinal }, wanted);
                }
            }
        }

        var holding = Enumerable.Range(0, sentences.Count)
            .Where(ordinal => Math.Abs(ordinal - best.Ordinal) > NeighbourReach && context.Holds(sentences[ordinal], wanted, free: false))
            .ToArray();
        if (holding.Length > 1)
        {
            // Of several, the one that says the kind asked as such ("rund zwei Jahre" for "Wie lange dauert …?", not a
            // deadline), where only one does.
            holding = holding.Where(ordinal => SentenceWithinArticle.SaysKindAsked(sentences[ordinal], wanted)).ToArray();
        }

        return holding.Length == 1 ? About(context, best, best with { Sentence = sentences[holding[0]], Ordinal = holding[0] }, wanted) : best;
    }

    /// <summary>
    /// The moved-to sentence, if it still answers about the thing asked (a number about every topic word); else none.
    /// The sentence right after the one that covers the topic goes on about it: how to take part there ("Anmeldung bis
    /// Freitag per E-Mail an …" after "Beim Bürgerpflanztag kann jede und jeder mitpflanzen") names no thing of the
    /// question itself, and need not.
    /// </summary>
    private static PassageHit? About(AnswerContext context, PassageHit best, PassageHit moved, Cue wanted) =>
        AnswerHolds(context, moved, wanted)
        || (moved.Ordinal == best.Ordinal + 1 && WhyNot(context, moved, wanted) == NamesNoThingAsked && NamesAThing(context, best, before: null))
            ? moved
            : null;

    private const string NamesNoThingAsked = "names no thing asked";

    /// <summary>A time of day as towns write it: "22:30 Uhr", "um 9.15 Uhr", "18 Uhr", "14:11", "at 4 pm", "um halb acht".</summary>
    [GeneratedRegex(@"\b\d{1,2}([.:]\d{2})?\s*Uhr\b|(?<![\d.:])\d{1,2}:\d{2}\b|\b\d{1,2}(:\d{2})?\s*[ap]\.?m\.?(?!\w)|\bhalb\s+\p{L}+\b|\bo'clock\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>True when the question asks for one day ("An welchem Tag …?") or the next one ("Wann ist die nächste …?").</summary>
    private static bool DayAsked(ReadQuestion read) => read.Has(Cue.Day) || (read.Has(Cue.Next) && read.FutureSpan is null);

    /// <summary>True when <paramref name="sentence"/> names one day: a day of a month or a day of the week (the cultures' day names, as <see cref="DayPartReader"/> reads them).</summary>
    internal static bool NamesADay(string sentence) =>
        SentenceWithinArticle.NamesADayOfMonth(sentence) || SentenceMarkers.WordsOf(sentence).Any(w => DayPartReader.Weekdays.Contains(w.Folded));
}
