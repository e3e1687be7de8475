using System.Globalization;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>The service a question is about, and how sure that is; shared by the hours and the service detail strategies.</summary>
/// <param name="Service">The service.</param>
/// <param name="Score">How well it answers (see <see cref="AnswerScores"/>).</param>
/// <param name="Evidence">Why this service.</param>
internal sealed record ServiceFocus(Service Service, double Score, string Evidence)
{
    /// <summary>The kinds of answer a service's fields cannot give; its text must hold them (an age, a price).</summary>
    private const Cue OnlyInText = Cue.Numbers | Cue.Duration | Cue.Reason;

    /// <summary>The kinds of answer "jetzt" may stand beside without asking whether an office is open ("Wie hoch ist die Grundsteuer jetzt?").</summary>
    private const Cue NotHours = Cue.Numbers | Cue.Measure | Cue.Duration | Cue.Reason | Cue.Person | Cue.Procedure;

    /// <summary>
    /// The coverage at which a service is surely the one asked about, where its title and keywords name no word of
    /// the question: its own words meet the question's, not only a synonym of one word in its text.
    /// </summary>
    private const double Sure = 0.75;

    /// <summary>
    /// True when the question asks for opening hours or a day: the hours strategy answers it. "Jetzt" alone asks
    /// whether it is open only where nothing else is asked: beside an amount, a count or a person it is the time
    /// of that fact. A length of time or an end asked without a word of opening hours ("Wie lange dauert es, bis mein
    /// Reisepass fertig ist?", "Bis wann muss die Stadt einen Wärmeplan haben?") is no question of hours; "Bis wann hat
    /// das Bürgerbüro auf?" is one ("aufhaben", cues/Hours.txt).
    /// </summary>
    public static bool HoursAsked(Interpretation question) =>
        question.Has(Cue.Hours | Cue.Next) || (question.Has(Cue.When) && !question.Read.Has(Cue.Duration))
        || (question.Has(Cue.Now) && !question.Has(NotHours))
        || (question.Read.FutureSpan is not null && !question.Has(Cue.News));

    /// <summary>
    /// The last service for a question that names no topic but a detail or a day (its number, a day), else the service that covers the topic words best.
    /// </summary>
    public static ServiceFocus? Find(AnswerContext context)
    {
        var question = context.Question;
        if (question.TopicTerms == 0 && context.LastService is null && question.Has(Cue.ServiceDetail) && context.ServiceNamedByLastArticle() is { } named)
        {
            return new(named, AnswerScores.FollowUp, "the service the last article names");
        }

        // "Wie melde ich mich dafür an?" after an office's card asks how at that office.
        if (context.AsksOnlyHow && context.LastService is { } lastAsked)
        {
            return new(lastAsked, AnswerScores.FollowUp, "the last service, how is asked");
        }

        if (question.TopicTerms == 0 && context.LastService is { } last)
        {
            var dayAlone = !question.Has(Cue.News | Cue.More) && question.Read.FutureSpan is { } day && day.End > DateOnly.FromDateTime(context.Now);
            return question.Has(Cue.ServiceDetail) || dayAlone ? new(last, AnswerScores.FollowUp, "the last service") : null;
        }

        if (context.BestService is not { } hit)
        {
            return null;
        }

        // A price, a count or a date asked of a thing the question names that the service writes nowhere (a pool's
        // annual ticket, a market's days): the card's prices or hours are another thing's. Not where an office is
        // asked for: there the citizen's own things ("ein Carport", "meine Waschmaschine") name what they need it for.
        if ((question.Wanted & (Cue.Numbers | Cue.When)) != 0 && context.LacksAThingNamed(hit.Service))
        {
            return null;
        }

        // Who runs, builds or decided a thing that a service is named for but does not cover surely ("Wer wird Träger
        // der Kita am Park?" beside the office for day-care places): an article's sentence that covers the question
        // better than the service and names the person or body answers, not the office's card.
        if (question.Wanted == Cue.Person && hit.Coverage < Sure
            && context.Passages.Any(p => p.Coverage >= context.MinCoverage && p.Coverage > hit.Coverage && PassageEvidence.AnswerHolds(context, p, Cue.Person)))
        {
            return null;
        }

        // Asked for what only its text could say, and the text does not: another answer, or none.
        var onlyInText = question.Read.Cues & OnlyInText & ~(HoursAsked(question) ? Cue.Duration : Cue.None);
        if (onlyInText != Cue.None && !KnowledgeIndex.Sentences(hit.Service).Where((s, i) => TextHolds(context, hit.Service, i, s, onlyInText)).Any())
        {
            return null;
        }

        // A detail of a service the knowledge covers (how to reach an office) is answered by the service
        // whatever a sentence of an article says; not a person the service names none for (an article may name
        // the head of a place the service only hands out). Only where the question is surely about this
        // service: its name or its words, not a synonym in its text of the one word asked (a title of an officer).
        // Hours asked of a service the question names and nothing besides are its hours, not an article's
        // sentence that names it too.
        // Asked for an event's date that the service's text does not give: its hours are no answer.
        if (AsksAnEventsDate(context) && !KnowledgeIndex.Sentences(hit.Service).Any(s => context.Holds(s, Cue.When) && context.NamesAskedEvent(s)))
        {
            return null;
        }

        var sure = hit.Coverage >= Sure || NamedBy(context, hit.Service);

        // "Wer ist der Kämmerer?", "Wie heißt der Bürgermeister?": the person a service's file names holds its role in
        // that office; asked for the holder of another role, its card answers with someone else.
        if (PersonOfAnother(context, hit.Service))
        {
            return null;
        }

        // "Wo ist der Flohmarkt?" asks where the thing is, not where the office that handles it sits: a service whose
        // title names none of the question's words (only its keywords or text do: the office for markets) gives way to
        // an article's sentence that covers the question as well and holds a place (it wins a tie). Not a person: "Wer
        // ist für … zuständig?" asks for the office.
        if (sure && (question.Read.Cues & Cue.ServiceDetail) == Cue.Address && question.Wanted == Cue.Address
            && !TitleNames(context, hit.Service) && context.Passages.Any(p => p.Coverage >= hit.Coverage && context.Holds(p.Sentence, Cue.Address)))
        {
            return new(hit.Service, hit.Coverage - 0.01, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00}, an article as well"));
        }
        if (sure && question.Has(Cue.ServiceDetail) && !PersonNotInService(context, hit.Service))
        {
            return new(hit.Service, AnswerScores.AskedKind, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00} and a detail is asked"));
        }

        // "Wann ist Stadtradeln?" asks when the thing is, not when the office that organises it (whose keywords name it)
        // is open: an article's sentence that covers the question as well and holds a time answers (it wins a tie). Not
        // where opening hours are asked in words ("offen", "Öffnungszeiten") or for a day ("morgen auf?"), nor where the
        // office's text says when the thing is ("Der Wochenmarkt ist dienstags und freitags").
        if (HoursAsked(question) && !question.Read.Has(Cue.Hours) && question.Read.PastSpan is not { IsSingleDay: true }
            && OnlyNamed(context, hit.Service) && !TitleNames(context, hit.Service)
            && !KnowledgeIndex.Sentences(hit.Service).Where((s, i) => TextHolds(context, hit.Service, i, s, Cue.When)).Any()
            && context.Passages.Any(p => p.Coverage >= hit.Coverage && PassageEvidence.AnswerHolds(context, p, Cue.When)))
        {
            return new(hit.Service, hit.Coverage - 0.01, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00} by its keywords, an article dates it"));
        }

        if (HoursAsked(question) && OnlyNamed(context, hit.Service))
        {
            return new(hit.Service, AnswerScores.AskedKind, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00}, named alone, and its hours are asked"));
        }

        // A service neither named nor surely covered meets the question only in a few words of its text (the
        // adults of a pool's prices for a library card): its card is another office's, not an answer.
        if (!sure)
        {
            return null;
        }

        // Otherwise by its coverage; the service wins a tie with a sentence (its fields are the office's own), but not
        // where what is asked only a text can say: there an article's sentence that says it is the office's peer.
        var score = PersonNotInService(context, hit.Service) || onlyInText != Cue.None ? hit.Coverage - 0.01 : hit.Coverage + 0.001;
        return new(hit.Service, score, string.Create(CultureInfo.InvariantCulture, $"service covers {hit.Coverage:0.00}"));
    }

    /// <summary>
    /// True when a sentence of a service's text holds the kind of answer asked that only its text can give: for an
    /// amount or a count, about the thing asked (with the service's title and keywords, the sentence covers the
    /// question; a count counts one of its words; a measure is in its unit), as a sentence of an article must.
    /// </summary>
    private static bool TextHolds(AnswerContext context, Service service, int ordinal, string sentence, Cue wanted)
    {
        if (!context.Holds(sentence, wanted))
        {
            return false;
        }

        if ((wanted & Cue.Numbers) == 0 || context.Question.TopicTerms == 0)
        {
            return true;
        }

        var count = (wanted & Cue.Quantity) != 0 && (wanted & Cue.Cost) == 0 && !context.Question.Has(Cue.Measure);
        return context.HoldsMeasureAsked(sentence) && (!count || context.CountsATopic(sentence))
            && context.Coverage("service-answer:" + service.Id + "#" + ordinal.ToString(CultureInfo.InvariantCulture), Names(service) + " . " + sentence) >= context.MinCoverage;
    }

    /// <summary>
    /// True when a topic word of the question is in the service's title or keywords: itself, a form, a synonym, or a
    /// part of the question's compound ("Wohngeld" of "Wohngeldstelle"). Not a word several services are named
    /// with (the town's name in two titles): it tells no office from another.
    /// </summary>
    private static bool NamedBy(AnswerContext context, Service service)
    {
        var names = context.Index.TermsOf("names:" + service.Id, () => Names(service));
        return context.Question.Terms.Any(t => !t.IsCue && context.Index.ServicesNaming(t.Term, Names) < 2 && Meets(t, names));
    }

    /// <summary>True when <paramref name="words"/> hold the topic word, a form or synonym of it, or a part of its compound.</summary>
    private static bool Meets(QueryTerm term, IReadOnlySet<string> words) =>
        KnowledgeSearch.Coverage([term], words) > 0 || term.Parts.Any(words.Contains);

    /// <summary>True when a topic word of the question is in the service's title (the office itself, not what it handles).</summary>
    private static bool TitleNames(AnswerContext context, Service service)
    {
        var title = context.Index.TermsOf("title:" + service.Id, () => service.Title);
        return context.Question.Terms.Any(t => !t.IsCue && Meets(t, title));
    }

    private static string Names(Service service) => string.Join(" . ", service.Keywords.Prepend(service.Title));

    /// <summary>True when every topic word of the question is in the service's title or keywords: it asks of the service alone.</summary>
    private static bool OnlyNamed(AnswerContext context, Service service) =>
        context.TopicsNotMentioned("names:" + service.Id, Names(service)).Count == 0;

    /// <summary>
    /// True when the question asks for the date of an event other than an office opening, closing or closing time
    /// (<c>markers/events.txt</c>: "Seit wann braucht man … einen Termin?", "Ab wann kann ich … anmelden?") and for no
    /// detail but hours: an article dates that event, the office's hours do not.
    /// </summary>
    private static bool AsksAnEventsDate(AnswerContext context) =>
        context.Question.Has(Cue.When) && (context.Read.Cues & Cue.ServiceDetail & ~Cue.Hours) == Cue.None
        && context.AskedEvents.Any(kind => !HoursEvents.Contains(kind));

    /// <summary>The kinds of event (<c>markers/events.txt</c>) an office's hours answer: when it opens, closes, until when it is open.</summary>
    private static readonly HashSet<string> HoursEvents = new(StringComparer.Ordinal) { "open", "close", SentenceMarkers.FinishEvent, SentenceMarkers.UntilEvent };

    /// <summary>
    /// True when the question asks only for a person by a role (<c>markers/roles.txt</c>: "Kämmerer", "Bürgermeister",
    /// "Leiterin"), the service names one in its fields, and the question's words are neither all the service's names
    /// (title, keywords) nor in the role the file gives the person. Asked who handles a thing ("Wen kann ich wegen …
    /// fragen?"), the office's person answers. Asked for who held a role before ("Wer war vorher Bürgermeister?"), the
    /// person the file names is the one who holds it now.
    /// </summary>
    private static bool PersonOfAnother(AnswerContext context, Service service) =>
        (context.Read.Cues & Cue.ServiceDetail) == Cue.Person && service.Person is not null
        && (context.Read.Has(Cue.Before)
            || (context.Read.Words.Any(w => SentenceMarkers.IsRole(Lexicon.Fold(w))) && !OnlyNamed(context, service)
                && (service.Role is not { } role || context.TopicsNotMentioned("role:" + service.Id, role).Count == context.Question.Terms.Count(t => !t.IsCue))));

    /// <summary>True when the question asks only for a person (no number, hours, …) and the service names none, in a field or its text.</summary>
    public static bool PersonNotInService(AnswerContext context, Service service) =>
        (context.Read.Cues & Cue.ServiceDetail) == Cue.Person && service.Person is null
        && !KnowledgeIndex.Sentences(service).Any(SentenceMarkers.HoldsNamedPerson);

    /// <summary>
    /// The sentence of a service's text that says how something is done (<c>markers/procedure.txt</c>) and, with the
    /// service's names, covers most of the question; null where none says how.
    /// </summary>
    private static string? SaysHow(AnswerContext context, Service service)
    {
        string? best = null;
        var bestCoverage = 0.0;
        var sentences = KnowledgeIndex.Sentences(service);
        for (var i = 0; i < sentences.Count; i++)
        {
            var coverage = context.Coverage("service-answer:" + service.Id + "#" + i.ToString(CultureInfo.InvariantCulture), Names(service) + " . " + sentences[i]);
            if (coverage > bestCoverage && context.Holds(sentences[i], Cue.Procedure))
            {
                (best, bestCoverage) = (sentences[i], coverage);
            }
        }

        return best;
    }

    /// <summary>The reply about a service: the fields asked for, and its own sentence on what else is asked ("anmelden", how it is done).</summary>
    public static Reply Compose(AnswerContext context, Service service, DateSpan? day)
    {
        context.Memory.LastServiceId = service.Id;
        context.Memory.LastArticleId = null;
        var read = context.Read;
        var sentence = context.Search.ServiceSentence(context.Index, service, context.Question.Terms);
        if (context.Question.Has(Cue.Procedure) && (sentence is null || !context.Holds(sentence, Cue.Procedure)))
        {
            sentence = SaysHow(context, service) ?? sentence;
        }

        return context.Writer.ServiceAnswer(service, read.Cues, day, read.Has(Cue.Next), context.Now, context.General, context.Index, sentence, read.Time, read.TimeIsEnd, read.DayPart);
    }
}
