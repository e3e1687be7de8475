namespace Haltern.Assistant.Knowledge;

/// <summary>A news article from <c>news/&lt;yyyy-mm-dd&gt;-&lt;slug&gt;.md</c>.</summary>
public sealed record Article
{
    /// <summary>Stable id: the path below the knowledge folder, with forward slashes.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public string? Teaser { get; init; }
    public string? Category { get; init; }
    public string? Source { get; init; }

    /// <summary>The article text as plain-text paragraphs (Markdown removed).</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
