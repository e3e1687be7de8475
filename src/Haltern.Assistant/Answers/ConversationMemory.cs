namespace Haltern.Assistant.Answers;

/// <summary>
/// What the assistant remembers within one conversation to understand follow-ups ("mehr dazu",
/// "Und wann hat er Sprechstunde?"). Holds ids of knowledge items only, never what the citizen wrote.
/// The bot layer stores it in conversation state, which expires.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>Id of the service the last answer was about.</summary>
    public string? LastServiceId { get; set; }

    /// <summary>Id of the article the last answer was about (or the first one listed).</summary>
    public string? LastArticleId { get; set; }

    /// <summary>
    /// The sentence of an article the last answer gave, as the article's id, "#" and the sentence's place in it: a
    /// follow-up ("Und wann war das?") asks about what that sentence says.
    /// </summary>
    public string? LastPassage { get; set; }

    /// <summary>
    /// Id of the article that covered the last question as well as the office whose answer was given ("Gänseführungen":
    /// the tourist office's card, and the article about the guided walks): a follow-up asking what the office's text does
    /// not say ("Was kostet das?") is asked of it.
    /// </summary>
    public string? ArticleBesideService { get; set; }

    /// <summary>Language of the last reply (<c>de</c> or <c>en</c>).</summary>
    public string? Language { get; set; }

    /// <summary>True once the welcome was shown in this conversation.</summary>
    public bool Welcomed { get; set; }
}
