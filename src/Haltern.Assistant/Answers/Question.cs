namespace Haltern.Assistant.Answers;

/// <summary>A citizen's message as the domain sees it: the text and the channel's locale, if any.</summary>
public sealed record Question(string Text, string? Locale = null);
