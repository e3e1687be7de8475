namespace Haltern.Assistant.Understanding;

/// <summary>What a question asks for, read from its words (several may apply).</summary>
[Flags]
public enum Cue : long
{
    None = 0,
    Greeting = 1 << 0,
    Thanks = 1 << 1,
    Goodbye = 1 << 2,
    Help = 1 << 3,
    News = 1 << 4,
    More = 1 << 5,
    Phone = 1 << 6,
    Email = 1 << 7,
    Address = 1 << 8,
    Hours = 1 << 9,
    Person = 1 << 10,
    Contact = 1 << 11,
    Cost = 1 << 12,
    Quantity = 1 << 13,
    When = 1 << 14,
    Next = 1 << 15,
    Now = 1 << 16,

    /// <summary>How long something takes or lasts ("Wie lange dauert …?").</summary>
    Duration = 1 << 17,

    /// <summary>News asked for in words that mean nothing else ("Neuigkeiten", "Was gibt es Neues?"), unlike "Nachrichten" (also messages).</summary>
    WhatsNew = 1 << 18,

    /// <summary>The town's administration as a whole ("die Stadt", "Rathaus", "town hall"): asked for a contact, the general one answers.</summary>
    Town = 1 << 19,

    /// <summary>Asked whether something is closed ("Ist das Amt morgen geschlossen?", "Hat es samstags zu?"): yes and no swap.</summary>
    Closed = 1 << 20,

    /// <summary>A part of a day ("früh", "nachmittags", "evening"): with the day it names, no topic.</summary>
    DayPart = 1 << 21,

    /// <summary>Money spent or given ("Wie viel Geld wird investiert?"), not a price: "kostenlos" answers no such question.</summary>
    Money = 1 << 22,

    /// <summary>A reason or a source asked for ("Warum …?", "Woher kommt das Geld?", "Wie wird … finanziert?").</summary>
    Reason = 1 << 23,

    /// <summary>How something is done ("Wie beantrage ich …?", "Wie melde ich …?").</summary>
    Procedure = 1 << 24,

    /// <summary>Entertainment, an opinion or the weather asked for (a joke, a poem): nothing the town's knowledge answers.</summary>
    ChitChat = 1 << 25,

    /// <summary>A word that points back to what was just said ("das", "dort", "that"): a follow-up.</summary>
    RefersBack = 1 << 26,

    /// <summary>A word that speaks to the assistant itself ("du", "you").</summary>
    Assistant = 1 << 27,

    /// <summary>How something is paid for ("finanziert", "funded"): its source, or with "wie viel" its amount.</summary>
    Funding = 1 << 28,

    /// <summary>A measure asked for (a length, a size, an age): a number answers it, a price may be one ("Wie hoch ist die Gebühr?").</summary>
    Measure = 1 << 29,

    /// <summary>An overview of a topic asked for ("Erzähl mir etwas über …", "Tell me about …"): the article or service, not one sentence.</summary>
    Overview = 1L << 30,

    /// <summary>A member of staff, a person rather than the assistant ("Mitarbeiter", "jemand", "someone"): with a word of talking or calling, a request to reach a person.</summary>
    Staff = 1L << 31,

    /// <summary>A time of day asked for ("Um wie viel Uhr …?", "what time"): a date without one does not answer.</summary>
    Clock = 1L << 32,

    /// <summary>One day asked for ("An welchem Tag …?", "Welches Datum …?"): a month or a season does not answer.</summary>
    Day = 1L << 33,

    /// <summary>By how much a number changed ("Um wie viel steigt …?", "by how much"): the change answers ("von 610 auf 655", "um 12 Euro"), in any unit, not the amount alone.</summary>
    Change = 1L << 34,

    /// <summary>Something asked of again ("wieder", "erneut", "again"): with "wann", the next time it happens or opens.</summary>
    Again = 1L << 35,

    /// <summary>A noun of money given for a purpose ("Zuschüsse", "Fördermittel", "grant"): alone, whether there is any, where money comes from.</summary>
    Grant = 1L << 36,

    /// <summary>The verb of paying ("zahlen", "bezahlen"): asked of oneself, a price; after "wer", who pays.</summary>
    Pay = 1L << 37,

    /// <summary>A weekday as a rule ("donnerstags", "on Thursdays"): every such day's hours, not only the next one's.</summary>
    Weekly = 1L << 38,

    /// <summary>Who or what came before ("Vorgänger", "vorher", "vor ihr", "former"): with a person asked, the one before the holder now.</summary>
    Before = 1L << 39,

    /// <summary>An appointment asked for ("Termin"): the office's times and how to ask for one (its telephone, e-mail).</summary>
    Appointment = 1L << 40,
    /// <summary>A way to get somewhere or around something asked for ("Wie komme ich …?", "Umleitung", "detour"): a detour, a route or a means of getting there answers.</summary>
    Route = 1L << 41,
    /// <summary>The outcome of a vote asked for ("Wie ist die Abstimmung ausgegangen?"): the votes for and against, or "einstimmig", answer.</summary>
    Vote = 1L << 42,
    /// <summary>What something is for asked ("Wofür wird das Geld verwendet?", "what for"): the use or purpose answers.</summary>
    Purpose = 1L << 43,

    SmallTalk = Greeting | Thanks | Goodbye | Help,

    /// <summary>Answers that are numbers: one counts, prices or changes the thing asked about, or it answers nothing.</summary>
    Numbers = Cost | Quantity | Change,
    ServiceDetail = Phone | Email | Address | Hours | Person | Contact,
}
