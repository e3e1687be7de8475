using Haltern.Assistant.Search;

namespace Haltern.Assistant.Understanding;

/// <summary>What a message asks for, as a whole: the kind of answer strategies compete for it.</summary>
public enum Asked
{
    /// <summary>Nothing readable ("(((( )))").</summary>
    Nothing,

    /// <summary>Who or what the assistant is (who it is, what it can do).</summary>
    Assistant,

    /// <summary>A greeting, thanks, goodbye or a plea for help, and nothing else.</summary>
    SmallTalk,

    /// <summary>A joke, a poem, an opinion, the weather: nothing the town's knowledge answers.</summary>
    OutOfScope,

    /// <summary>The news, or the news of a time.</summary>
    News,

    /// <summary>More of the last answer ("mehr dazu").</summary>
    More,

    /// <summary>A detail of a service: a number, an address, a person, a way to reach it.</summary>
    ServiceDetail,

    /// <summary>When a service is open or holds hours.</summary>
    Hours,

    /// <summary>A fact from the knowledge's text.</summary>
    Fact,
}

/// <summary>The kind of answer a question wants, which decides the sentence that may answer it.</summary>
public enum AnswerType
{
    /// <summary>Any sentence on the topic.</summary>
    Any,

    /// <summary>A date, a day or a time ("Wann …?").</summary>
    Time,

    /// <summary>A place ("Wo …?").</summary>
    Place,

    /// <summary>An amount of money ("Was kostet …?", "Wie viel …?").</summary>
    Amount,

    /// <summary>A count or a measure ("Wie viele …?", "Wie lang …?").</summary>
    Number,

    /// <summary>A length of time ("Wie lange …?", "Bis wann …?").</summary>
    Duration,

    /// <summary>A person or a body ("Wer …?").</summary>
    Person,

    /// <summary>A reason or a source ("Warum …?", "Woher …?", "Wie wird … finanziert?").</summary>
    Reason,

    /// <summary>How something is done ("Wie beantrage ich …?").</summary>
    Procedure,

    /// <summary>By how much a number changed ("Um wie viel steigt …?").</summary>
    Change,

    /// <summary>A way to get somewhere or around a closure ("Wie komme ich …?", "Gibt es eine Umleitung?").</summary>
    Route,

    /// <summary>The outcome of a vote ("Wie ist die Abstimmung ausgegangen?").</summary>
    Vote,

    /// <summary>What something is for ("Wofür wird das Geld verwendet?").</summary>
    Purpose,
}

/// <summary>
/// A question as understood, before any answer is chosen: what is asked, the answer type, the dates and parts of the
/// day as the reader gave them (<see cref="Read"/>), the topic terms, the language, and what a follow-up refers to.
/// </summary>
/// <param name="Read">The words, cues, dates and time of day the reader found.</param>
/// <param name="Terms">The search terms: topic words and cue words.</param>
/// <param name="RefersTo">The last article or service, where the message points back to it or names no topic of its own.</param>
public sealed record Interpretation(ReadQuestion Read, IReadOnlyList<QueryTerm> Terms, FollowUp RefersTo)
{
    /// <summary>Cues that make a message a question even when it also greets or thanks.</summary>
    public const Cue Asking = Cue.ServiceDetail | Cue.News | Cue.More | Cue.Numbers | Cue.When | Cue.Duration | Cue.Next | Cue.Now
        | Cue.Reason | Cue.Procedure | Cue.Route | Cue.Vote | Cue.Purpose | Cue.ChitChat;

    /// <summary>How many of the terms carry the topic (not the kind of question).</summary>
    public int TopicTerms { get; } = Terms.Count(t => !t.IsCue);

    public bool English => Read.English;

    public bool Has(Cue cue) => Read.Has(cue);

    /// <summary>The kinds of answer a sentence must hold to answer this question (see <see cref="QuestionReader.Holds"/>).</summary>
    public Cue Wanted => (Read.Cues & QuestionReader.Answerable) switch
    {
        var wanted when (wanted & Cue.Purpose) != 0 => Cue.Purpose, // "Wofür wird das Geld verwendet?": the use, not a sum
        var wanted when (wanted & Cue.Route) != 0 => wanted & ~Cue.Address,
        // "Bis wann läuft die Anmeldung?", "Wann kann ich mich anmelden?": a date or a length about the procedure, not the way.
        var wanted when (wanted & (Cue.When | Cue.Duration)) != 0 => wanted & ~Cue.Procedure,
        var wanted => wanted,
    };

    /// <summary>The one kind of answer <see cref="AnswerType"/> stands for, as <see cref="QuestionReader.Holds"/> tells it (until when something lasts: a length of time, not any date).</summary>
    public Cue WantedMost => AnswerType switch
    {
        AnswerType.Reason => Cue.Reason | (Read.Cues & Cue.Funding),
        AnswerType.Change => Cue.Change,
        AnswerType.Number => Cue.Quantity,
        AnswerType.Amount => Cue.Cost,
        AnswerType.Duration => Cue.Duration,
        AnswerType.Time => Cue.When,
        AnswerType.Person => Cue.Person,
        AnswerType.Place => Cue.Address,
        AnswerType.Procedure => Cue.Procedure,
        AnswerType.Route => Cue.Route,
        AnswerType.Vote => Cue.Vote,
        AnswerType.Purpose => Cue.Purpose,
        _ => Cue.None,
    };

    /// <summary>The answer type, the most specific first: a reason over an amount ("Wie wird … finanziert?"), a change over the amount changed, a count over a price.</summary>
    public AnswerType AnswerType => Read.Cues switch
    {
        var c when (c & Cue.Purpose) != 0 => AnswerType.Purpose,
        var c when (c & Cue.Reason) != 0 => AnswerType.Reason,
        var c when (c & Cue.Change) != 0 => AnswerType.Change,
        var c when (c & Cue.Quantity) != 0 => AnswerType.Number,
        var c when (c & Cue.Cost) != 0 => AnswerType.Amount,
        var c when (c & Cue.Duration) != 0 => AnswerType.Duration,
        var c when (c & Cue.When) != 0 => AnswerType.Time,
        var c when (c & Cue.Person) != 0 => AnswerType.Person,
        var c when (c & Cue.Vote) != 0 => AnswerType.Vote,
        var c when (c & Cue.Route) != 0 => AnswerType.Route,
        var c when (c & Cue.Address) != 0 => AnswerType.Place,
        var c when (c & Cue.Procedure) != 0 => AnswerType.Procedure,
        _ => AnswerType.Any,
    };

    /// <summary>What is asked, as a whole (the strategies decide how well they answer it).</summary>
    public Asked Asked => this switch
    {
        { Read.Words.Count: 0 } => Asked.Nothing,
        _ when Has(Cue.ChitChat) => Asked.OutOfScope,
        _ when TopicTerms == 0 && Has(Cue.Assistant) && (Read.Cues & ~(Cue.Greeting | Cue.Person | Cue.Help | Cue.Assistant | Cue.RefersBack | Cue.Staff)) == Cue.None => Asked.Assistant,
        // A greeting or thanks naming one topic word is small talk ("Danke, Bürgerbüro!"), unless it asks about it with a
        // question mark ("Hallo zusammen, kann ich mir Streusand holen?").
        _ when Has(Cue.SmallTalk) && !Has(Asking) && (TopicTerms == 0 || (TopicTerms == 1 && !Read.Text.Contains('?'))) && !Has(Cue.Help) => Asked.SmallTalk,

        // Thanks that ask for nothing: no question mark, and no cue of a question but help and more, which after thanks
        // say what the answer did ("das hat mir geholfen", "das hilft mir weiter"), whatever topic they name.
        _ when Has(Cue.Thanks) && !Read.Text.Contains('?') && (Read.Cues & Asking & ~Cue.More) == Cue.None => Asked.SmallTalk,
        _ when Has(Cue.News) && !Has(Cue.ServiceDetail) => Asked.News,
        _ when Read.PastSpan is not null && TopicTerms == 0 && !Has(Cue.ServiceDetail | Cue.More) => Asked.News,
        _ when Has(Cue.More) && TopicTerms == 0 => Asked.More,
        _ when Has(Cue.Hours | Cue.Now | Cue.Next) => Asked.Hours,
        _ when Has(Cue.ServiceDetail) => Asked.ServiceDetail,
        _ => Asked.Fact,
    };
}

/// <summary>What a follow-up refers to: the article or service the last answer was about (ids of knowledge only).</summary>
/// <param name="ArticleId">The last article, if the last answer was about one.</param>
/// <param name="ServiceId">The last service, if the last answer was about one.</param>
/// <param name="PointsBack">True when the message points back in words ("das", "dort", "that").</param>
public sealed record FollowUp(string? ArticleId, string? ServiceId, bool PointsBack);
