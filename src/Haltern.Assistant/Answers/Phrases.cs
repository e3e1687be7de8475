using System.Globalization;

namespace Haltern.Assistant.Answers;

/// <summary>The assistant's own words in German (Sie-form) and English. Facts never come from here.</summary>
internal sealed record Phrases
{
    public static readonly Phrases German = new()
    {
        Culture = CultureInfo.GetCultureInfo("de-DE"),
        Welcome = "Guten Tag! Ich bin Haltern.Bot, der digitale Assistent der Stadtverwaltung.",
        Offer = "Fragen Sie mich zum Beispiel nach Neuigkeiten aus dem Rathaus",
        OfferAnd = " oder nach ",
        Greeting = "Hallo!",
        Thanks = "Gern geschehen! Kann ich Ihnen noch bei etwas anderem helfen?",
        Goodbye = "Auf Wiedersehen und einen schönen Tag!",
        NotUnderstood = "Entschuldigung, das habe ich nicht verstanden.",
        NoInformation = "Dazu habe ich leider keine Information.",
        NotKnown = "Das weiß ich leider nicht.",
        AskContact = "Bei allen Fragen an die Stadt hilft Ihnen gern weiter:",
        Onward = "Weiterhelfen kann Ihnen:",
        Phone = "Telefon",
        Email = "E-Mail",
        Address = "Adresse",
        Place = "Ort",
        Hours = "Zeiten",
        Through = "bis",
        EmailInChat = "Die E-Mail-Adresse steht im Chat.",
        Contact = "Ansprechpartner",
        NoPhone = "keine Telefonnummer",
        NoEmail = "keine E-Mail-Adresse",
        NoAddress = "keine Adresse",
        NoPerson = "keinen Namen",
        Missing = "Dafür habe ich leider {0}.",
        ListAnd = "und",
        NoHours = "Feste Tage und Uhrzeiten dafür sind mir leider nicht bekannt. Einen Termin erfahren Sie hier:",
        HolidayNoHours = "Am {0:dddd, d. MMMM} ist Feiertag ({1}); ob an diesem Tag geöffnet ist, weiß ich leider nicht.",
        TownClosedHoliday = "Nein, am {0:dddd, d. MMMM} ist Feiertag ({1}): die Ämter der Stadt sind geschlossen.",
        TownClosed = "Nein, am {0:dddd, d. MMMM} sind die Ämter der Stadt geschlossen ({1}).",
        TownOpenAnyway = "Geöffnet ist an diesem Tag: {0}.",
        Open = "Ja",
        OpenUntil = "{0}, jetzt geöffnet, bis {1}.",
        ClosedNow = "{0}, im Moment geschlossen.",
        Closed = "Nein",
        OnDay = "am {0:dddd, d. MMMM}",
        ClosedAllDay = "{0}, {1} geschlossen.",
        AtTime = "um {0}",
        UntilTime = "bis {0}",
        NotAtTime = "{0}, {1} {2} nicht. An diesem Tag: {3}.",
        ClosedInPart = "{0}, {1} {2} geschlossen. An diesem Tag: {3}.",
        NextSlots = "Die nächsten Zeiten:",
        NextSlot = "Der nächste Termin:",
        From = "von",
        To = "bis",
        OClock = "Uhr",
        NewsHeading = "Das Neueste aus dem Rathaus:",
        NewsBeyondAsked = "Genau das weiß ich leider nicht. Zum Thema habe ich diese Meldungen:",
        NewsInSpan = "Meldungen {0}:",
        NoNewsInSpan = "Aus diesem Zeitraum habe ich keine Meldungen. Das Neueste:",
        NoNews = "Im Moment liegen mir keine Meldungen vor.",
        NewsSpeakFirst = "Die neueste Meldung: {0}, vom {1:d. MMMM yyyy}.",
        NewsSpeakMore = "Außerdem: {0}.",
        AskMore = "Möchten Sie mehr dazu wissen?",
        Source = "Quelle: {0} vom {1:d. MMMM yyyy}",
        ReadOnline = "Den ganzen Text lesen Sie im Chat.",
        DateFormat = "d. MMMM yyyy",
        Cut = "Ihre Nachricht war sehr lang; ich habe nur den Anfang gelesen.",
        SuggestNews = "Was gibt es Neues?",
        SuggestMore = "Mehr dazu",
        WhichService = "Wofür möchten Sie das wissen? Zum Beispiel:",
    };

    public static readonly Phrases English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-US"),
        Welcome = "Hello! I am Haltern.Bot, the digital assistant of the town administration.",
        Offer = "Ask me, for example, about news from the town hall",
        OfferAnd = " or about ",
        Greeting = "Hello!",
        Thanks = "You're welcome! Is there anything else I can help you with?",
        Goodbye = "Goodbye, and have a nice day!",
        NotUnderstood = "Sorry, I did not understand that.",
        NoInformation = "Unfortunately, I have no information on that.",
        NotKnown = "Unfortunately, I don't know that.",
        AskContact = "For any question to the town, please contact:",
        Onward = "They can help you further:",
        Phone = "Phone",
        Email = "E-mail",
        Address = "Address",
        Place = "Place",
        Hours = "Hours",
        Through = "to",
        EmailInChat = "The e-mail address is in the chat.",
        Contact = "Contact",
        NoPhone = "no phone number",
        NoEmail = "no e-mail address",
        NoAddress = "no address",
        NoPerson = "no name",
        Missing = "Unfortunately, I have {0} for that.",
        ListAnd = "and",
        NoHours = "Unfortunately, I do not know fixed days and times for that. To get an appointment, please contact:",
        HolidayNoHours = "{0:dddd, MMMM d} is a public holiday ({1}); unfortunately, I do not know whether it is open that day.",
        TownClosedHoliday = "No, {0:dddd, MMMM d} is a public holiday ({1}): the town's offices are closed.",
        TownClosed = "No, the town's offices are closed on {0:dddd, MMMM d} ({1}).",
        TownOpenAnyway = "Open that day: {0}.",
        Open = "Yes",
        OpenUntil = "{0}, open now, until {1}.",
        ClosedNow = "{0}, closed at the moment.",
        Closed = "No",
        OnDay = "on {0:dddd, MMMM d}",
        ClosedAllDay = "{0}, closed {1}.",
        AtTime = "at {0}",
        UntilTime = "until {0}",
        NotAtTime = "{0}, not {1} {2}. That day: {3}.",
        ClosedInPart = "{0}, closed {1} {2}. That day: {3}.",
        NextSlots = "The next times:",
        NextSlot = "The next time:",
        From = "from",
        To = "to",
        OClock = string.Empty,
        NewsHeading = "The latest news from the town hall:",
        NewsBeyondAsked = "Unfortunately, I don't know exactly that. On the topic I have these articles:",
        NewsInSpan = "News {0}:",
        NoNewsInSpan = "I have no news from that time. The latest:",
        NoNews = "I have no news at the moment.",
        NewsSpeakFirst = "The latest news: {0}, from {1:MMMM d, yyyy}.",
        NewsSpeakMore = "Also: {0}.",
        AskMore = "Would you like to know more?",
        Source = "Source: {0}, {1:MMMM d, yyyy}",
        ReadOnline = "You can read the full text in the chat.",
        DateFormat = "MMMM d, yyyy",
        Cut = "Your message was very long; I only read its beginning.",
        SuggestNews = "What's new?",
        SuggestMore = "Tell me more",
        WhichService = "What would you like to know it for? For example:",
    };

    public required CultureInfo Culture { get; init; }
    public required string Welcome { get; init; }
    public required string Offer { get; init; }
    public required string OfferAnd { get; init; }
    public required string Greeting { get; init; }
    public required string Thanks { get; init; }
    public required string Goodbye { get; init; }
    public required string NotUnderstood { get; init; }
    public required string NoInformation { get; init; }

    /// <summary>The topic is known, what is asked about it is not.</summary>
    public required string NotKnown { get; init; }
    public required string AskContact { get; init; }
    public required string Onward { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Address { get; init; }
    public required string Place { get; init; }
    public required string Hours { get; init; }
    public required string Through { get; init; }
    public required string EmailInChat { get; init; }
    public required string Contact { get; init; }
    public required string NoPhone { get; init; }
    public required string NoEmail { get; init; }
    public required string NoAddress { get; init; }
    public required string NoPerson { get; init; }

    /// <summary>One sentence for everything asked for that the knowledge lacks: "Dafür habe ich leider {0}."</summary>
    public required string Missing { get; init; }

    /// <summary>The word that joins the last two items of a list ("und", "and").</summary>
    public required string ListAnd { get; init; }

    /// <summary>"keine E-Mail-Adresse und keine Adresse" as one sentence.</summary>
    public string MissingSentence(IReadOnlyList<string> missing) =>
        string.Format(Culture, Missing, missing.Count <= 1
            ? string.Concat(missing)
            : string.Join(", ", missing.Take(missing.Count - 1)) + " " + ListAnd + " " + missing[^1]);
    public required string NoHours { get; init; }

    /// <summary>A day asked about that is a public holiday, for a service without hours: {0} the date, {1} the holiday's name.</summary>
    public required string HolidayNoHours { get; init; }

    /// <summary>The town hall asked of on a public holiday no office opens: {0} the date, {1} the holiday's name.</summary>
    public required string TownClosedHoliday { get; init; }

    /// <summary>The town hall asked of on a day every office's file closes: {0} the date, {1} the reason the files give.</summary>
    public required string TownClosed { get; init; }

    /// <summary>The offices open all the same on that day (their files keep their hours on holidays): {0} their titles.</summary>
    public required string TownOpenAnyway { get; init; }
    public required string Open { get; init; }
    public required string OpenUntil { get; init; }
    public required string ClosedNow { get; init; }
    public required string Closed { get; init; }
    public required string OnDay { get; init; }
    /// <summary>A day without hours, asked about: "Nein, am Montag, 7. Dezember geschlossen."</summary>
    public required string ClosedAllDay { get; init; }
    public required string NextSlots { get; init; }
    public required string NextSlot { get; init; }

    /// <summary>A time of day asked for: "um {0}".</summary>
    public required string AtTime { get; init; }

    /// <summary>A time of day asked to be open until: "bis {0}".</summary>
    public required string UntilTime { get; init; }

    /// <summary>A day with hours, but not at the time asked for: yes/no, the day, the time, the day's hours.</summary>
    public required string NotAtTime { get; init; }

    /// <summary>A day with hours, none in the part of it asked about: "Nein, am Mittwoch, 9. Dezember nachmittags geschlossen. An diesem Tag: …"</summary>
    public required string ClosedInPart { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string OClock { get; init; }
    public required string NewsHeading { get; init; }

    /// <summary>Before the articles on a topic where the question asks more than they say (a number, a thing they never name).</summary>
    public required string NewsBeyondAsked { get; init; }
    public required string NewsInSpan { get; init; }
    public required string NoNewsInSpan { get; init; }
    public required string NoNews { get; init; }
    public required string NewsSpeakFirst { get; init; }
    public required string NewsSpeakMore { get; init; }
    public required string AskMore { get; init; }
    public required string Source { get; init; }
    public required string ReadOnline { get; init; }
    public required string DateFormat { get; init; }
    public required string Cut { get; init; }
    public required string SuggestNews { get; init; }
    public required string SuggestMore { get; init; }
    public required string WhichService { get; init; }

    public string Format(string format, params object?[] args) => string.Format(Culture, format, args);

    public string Date(DateOnly date) => date.ToString(DateFormat, Culture);
}
