namespace Haltern.Assistant.Answers;

/// <summary>
/// What the assistant says back: the text a citizen reads, the SSML a voice channel speaks, and the choices
/// offered next. Channel-neutral: the bot layer turns it into an Activity.
/// </summary>
public sealed record Reply
{
    /// <summary>The reply as text (a small Markdown subset: <c>**bold**</c>, lists, line breaks).</summary>
    public required string Text { get; init; }

    /// <summary>The reply as well-formed SSML (a <c>&lt;speak&gt;</c> document), shorter than the text where that is long.</summary>
    public required string Speak { get; init; }

    /// <summary>BCP-47 language of the reply: <c>de-DE</c> or <c>en-US</c>.</summary>
    public required string Locale { get; init; }

    /// <summary>Short follow-up questions the citizen can pick (suggested actions or card buttons).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>True where the reply asks the citizen something and waits for the answer.</summary>
    public bool ExpectsInput { get; init; }

    /// <summary>What kind of question this answered, for statistics (never the question's text).</summary>
    public ReplyTopic Topic { get; init; } = ReplyTopic.Unknown;

    /// <summary>False when the knowledge held no answer: the bot said so and pointed onward.</summary>
    public bool Answered { get; init; } = true;
}

/// <summary>The kind of question a reply answered.</summary>
public enum ReplyTopic
{
    Unknown,
    SmallTalk,
    News,
    Service,
    Hours,

    /// <summary>Asked for what a town's assistant does not do (a joke, the weather, an opinion): nothing to pass on.</summary>
    OutOfScope,
}
