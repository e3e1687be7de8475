using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers.Strategies;

/// <summary>
/// Follow-ups on the last answer: "mehr dazu" (the last article or service in full), and a question about the last
/// article that names no topic of its own or points back to it (a price, who decided it,
/// when it was, asked with "das", "dort" or "Und …?"): the article's sentence that holds the kind of answer asked for. A question about the last
/// service (its number, its hours) is the service strategies' (<see cref="ServiceFocus"/>).
/// </summary>
internal sealed class FollowUpStrategy : IAnswerStrategy
{
    public double Ceiling => AnswerScores.FollowUp;

    /// <summary>What a follow-up with no topic of its own may ask of the last article or, after an office, of the article about it: how long, who pays, why, when.</summary>
    private const Cue OnlyATextSays = Cue.Duration | Cue.Funding | Cue.Reason | Cue.When;

    public AnswerCandidate? Propose(AnswerContext context)
    {
        var question = context.Question;
        if (question.Asked == Asked.More)
        {
            return new("follow-up", AnswerScores.FollowUp, "more of the last answer", () => More(context));
        }

        // A follow-up on the article points back to it ("das", "Und …?"), or asks for an amount, a date or a reason and
        // names nothing else ("Was kostet es?", "Wann geht's los?", "Woher kommt das Geld?", "Warum so teuer?"); not a
        // question for a telephone number or an e-mail address, nor one that asks how to reach the town ("Wo ist die
        // Stadt?"). The town as the payer is the article's ("Wie viel zahlt die Stadt dafür?").
        var pointsBack = question.RefersTo.PointsBack || (question.TopicTerms == 0 && question.Has(Cue.Numbers | OnlyATextSays));
        // After an office's answer, why, who pays, how long or since when ("Und woher kommt das Geld dafür?" after the
        // pool's closure, "Und seit wann?" after a fee the office no longer charges) is asked of the article about
        // that office, which only a text says. Not a price or a count: "Was kostet das?" after an office's number
        // names nothing of the article's.
        // The question's words for things, not for what happens: "Wann wird das abgeholt?", "Und wann war die
        // Verleihung?" name none of their own.
        var things = context.AsksOnlyHow ? [] : question.Terms.Where(t => !t.IsCue && !context.EventTerms.Contains(t) && !context.NamesADeed(t)).ToArray();
        // "Wie melde ich mich an?" after an article asks how to take part in what it is about.
        pointsBack |= context.AsksOnlyHow;

        // "Wen kann ich da anrufen?", "Wie erreiche ich die?" after an article that gives a telephone number or an e-mail
        // address (its contact person's, an office's) and names every thing the question names: that sentence.
        if (context.LastArticle is { } lastArticle && question.Has(Cue.Phone | Cue.Email | Cue.Contact) && !question.Has(Cue.Address)
            && (things.Length == 0 || KnowledgeSearch.Coverage(things, context.Index.TermsOf("a:" + lastArticle.Id, () => KnowledgeSearch.ArticleText(lastArticle))) >= 1)
            && ContactSentence(context, lastArticle) is { } contact)
        {
            return new("follow-up", AnswerScores.FollowUp, $"sentence {contact.Ordinal} of the last article says how to reach someone", () => PassageStrategy.Compose(context, contact));
        }

        var article = context.LastArticle
            ?? (pointsBack && question.TopicTerms == 0 && question.Has(OnlyATextSays) && !question.Has(Cue.Numbers)
                ? context.ArticleAboutLastService() : null)
            // After an office's card that an article covered as well, what the office's text does not say is asked of it.
            ?? (pointsBack && things.Length == 0 && question.WantedMost != Cue.None && context.ArticleBesideLastService is { } beside
                && !context.LastServiceHolds(question.WantedMost) ? beside : null);
        if (article is null || question.WantedMost == Cue.None || !pointsBack
            || (question.Asked is Asked.Hours && !HoursOfTheLastArticle(context)) || question.Asked is Asked.OutOfScope or Asked.News || question.Has(Cue.Phone | Cue.Email)
            || (question.Has(Cue.Town) && (question.Read.Cues & Cue.ServiceDetail) != 0))
        {
            return null;
        }

        // A follow-up that names a thing of its own ("Und die Hundesteuer?") the last article does not hold asks
        // about that thing: it is searched. One whose only topic words name what happened ("Ab wann gilt das?",
        // "Wer hat das beschlossen?") asks about the last article, whether or not the article uses that verb.
        // Where it is or how to reach it, asked after an article about an office, is asked of the office (see ServiceFocus).
        if (question.TopicTerms == 0 && question.Has(Cue.ServiceDetail) && context.ServiceNamedByLastArticle() is not null)
        {
            return null;
        }

        if (things.Length > 0 && KnowledgeSearch.Coverage(things, context.Index.TermsOf("a:" + article.Id, () => KnowledgeSearch.ArticleText(article))) < 1)
        {
            return null;
        }

        var eventsOnly = things.Length == 0;

        // The sentence that holds what is asked and, for a date or a place, names the kind of event asked ("seit dem 2.
        // Februar" for "Und seit wann?", a beginning; "beginnt … am Kirchplatz" for "Und wo geht er los?"), then the
        // most of the question's words, the words that name what happened too ("fertig" in "Fertigstellung" for "Wann
        // ist das fertig?"); the first of equals.
        var best = Best(context, article, question.WantedMost, untilWhen: false);

        // "Und bis wann?" where no sentence gives a length: the one that says until when ("bis zum 15. Januar", "Die
        // Frist endet am 30. November").
        if (best is null && question.WantedMost == Cue.Duration && question.Has(Cue.When))
        {
            best = Best(context, article, Cue.When, untilWhen: true);
        }

        if (best is null || (best.Coverage < context.MinCoverage && !eventsOnly))
        {
            return null;
        }

        return new("follow-up", AnswerScores.FollowUp, $"sentence {best.Ordinal} of the last article holds {question.AnswerType}", () => PassageStrategy.Compose(context, best));
    }

    /// <summary>
    /// True when times are asked after an article and of nothing else ("Bis wann hat der am Samstag auf?" after the
    /// Christmas market's article): the article's sentence with its times answers, where no office is asked of ("Wann hat
    /// sie Sprechstunde?" after the mayor's election asks the Sprechstunde's hours).
    /// </summary>
    private static bool HoursOfTheLastArticle(AnswerContext context) =>
        context.LastArticle is not null && context.LastService is null && context.Question.TopicTerms == 0 && ServiceFocus.Find(context) is null;

    /// <summary>
    /// The sentence of <paramref name="article"/> that holds <paramref name="wanted"/> (where <paramref name="untilWhen"/>,
    /// one that says until when), ranked as the follow-up's answer; null where none does.
    /// </summary>
    private static PassageHit? Best(AnswerContext context, Knowledge.Article article, Cue wanted, bool untilWhen)
    {
        var question = context.Question;
        PassageHit? best = null;
        (double Events, bool Day, bool Says, double Coverage, bool Named, int Shared) bestRank = default;
        var sentences = KnowledgeIndex.Sentences(article);

        // A weekday the question names ("Bis wann hat der am Samstag auf?"): the sentence that names it gives its times
        // ("samstags bis 22 Uhr"), not the one that says how long the whole thing lasts.
        var days = context.Read.Words.Select(Lexicon.Fold).Where(w => DayPartReader.Weekdays.Contains(w)).ToArray();
        bool NamesDay(string sentence) => days.Length > 0 && SentenceMarkers.WordsOf(sentence).Any(w => days.Any(d => w.Folded.StartsWith(d, StringComparison.Ordinal)));

        // The sentence the last answer gave is what "das" refers to: between equals, it answers where it holds what is
        // asked ("Und um wie viel Uhr?" after "Der Umzug startet um 14:11 Uhr am Markt"), else the sentence that shares
        // the most of its words ("Der Rat hat am 9. Dezember den Haushalt verabschiedet" for "Und wann?" after "Der Rat
        // hat den Haushalt verabschiedet").
        var shared = SharedWithLastSentence(context, article);
        for (var ordinal = 0; ordinal < sentences.Count; ordinal++)
        {
            var hit = new PassageHit(article, sentences[ordinal], ordinal, Coverage: 0, Score: 0);
            if (!PassageEvidence.AnswerHolds(context, hit, wanted) || (untilWhen && !SentenceMarkers.SaysUntilWhenOrEnd(sentences[ordinal])))
            {
                continue;
            }

            // Then the one that says the kind asked as such (a source of money, a length rather than a deadline); between
            // equals, for a person asked, the one that names a person rather than only a body ("Wer ist da zuständig?":
            // "Ansprechpartnerin ist Julia Berg", not "Der Ausschuss hat … beschlossen"); for a place, the one with an
            // address ("Und wo genau?": "Am Steinkamp 2"); for a date, the one that names a day or a month ("am 5.
            // Dezember", not "in diesem Jahr").
            var events = (question.WantedMost & (Cue.When | Cue.Address)) != 0 ? context.AskedEventsNamed(sentences[ordinal]) : 0;
            var coverage = context.Coverage("p:" + article.Id + "#" + ordinal, sentences[ordinal]);
            var named = (question.WantedMost == Cue.Person && context.AskedEvents.Count == 0 && SentenceMarkers.HoldsNamedPerson(sentences[ordinal]))
                || (question.WantedMost == Cue.Address && SentenceMarkers.NamesAnAddress(sentences[ordinal]))
                || (question.WantedMost == Cue.When && NamesADayOrMonth(sentences[ordinal]));
            var rank = (events, NamesDay(sentences[ordinal]), SentenceWithinArticle.SaysKindAsked(sentences[ordinal], question.Wanted), coverage, named, shared(ordinal));
            if (best is null || rank.CompareTo(bestRank) > 0)
            {
                best = hit with { Coverage = coverage };
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>
    /// The sentence of <paramref name="article"/> that gives what the question asks for to reach someone (a telephone
    /// number, an e-mail address, either for "Wie erreiche ich …?"), the one that shares the most words with the sentence
    /// the last answer gave first; null where none does.
    /// </summary>
    private static PassageHit? ContactSentence(AnswerContext context, Knowledge.Article article)
    {
        var cues = context.Question.Read.Cues;
        var sentences = KnowledgeIndex.Sentences(article);
        var shared = SharedWithLastSentence(context, article);
        PassageHit? best = null;
        var bestShared = -1;
        for (var ordinal = 0; ordinal < sentences.Count; ordinal++)
        {
            var sentence = sentences[ordinal];
            var phone = PassageStrategy.HoldsPhoneNumber(sentence);
            var email = sentence.Contains('@', StringComparison.Ordinal);
            if (!((cues & Cue.Phone) != 0 ? phone : (cues & Cue.Email) != 0 ? email : phone || email))
            {
                continue;
            }

            if (shared(ordinal) > bestShared)
            {
                best = new PassageHit(article, sentence, ordinal, Coverage: 0, Score: 0);
                bestShared = shared(ordinal);
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="sentence"/> names a day (<see cref="PassageEvidence.NamesADay"/>) or a month.</summary>
    private static bool NamesADayOrMonth(string sentence) =>
        PassageEvidence.NamesADay(sentence) || SentenceMarkers.WordsOf(sentence).Any(w => SentenceMarkers.IsMonth(w.Folded));

    /// <summary>
    /// For each sentence of <paramref name="article"/> by its place, how many words it shares with the sentence the last
    /// answer gave (that sentence itself: the most of all); 0 for each where the last answer gave none of the article.
    /// </summary>
    private static Func<int, int> SharedWithLastSentence(AnswerContext context, Knowledge.Article article)
    {
        if (context.Memory.LastPassage is not { } passage || !passage.StartsWith(article.Id + "#", StringComparison.Ordinal)
            || !int.TryParse(passage.AsSpan(article.Id.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last)
            || KnowledgeIndex.Sentences(article) is not { } sentences || last >= sentences.Count)
        {
            return _ => 0;
        }

        string Key(int ordinal) => "p:" + article.Id + "#" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lastWords = context.Index.TermsOf(Key(last), () => sentences[last]);
        return ordinal => ordinal == last ? int.MaxValue : context.Index.TermsOf(Key(ordinal), () => sentences[ordinal]).Count(lastWords.Contains);
    }

    private static Reply More(AnswerContext context)
    {
        if (context.LastArticle is { } article)
        {
            return context.Writer.ArticleDetail(article);
        }

        if (context.LastService is { } service)
        {
            return context.Writer.ServiceAnswer(service, Cue.None, null, next: false, context.Now, context.General, context.Index);
        }

        var newest = context.Index.NewestArticles(1);
        if (newest.Count > 0)
        {
            context.Memory.LastArticleId = newest[0].Id;
            return context.Writer.ArticleDetail(newest[0]);
        }

        return context.Writer.SmallTalk(Cue.Help, context.Index, context.General);
    }
}
