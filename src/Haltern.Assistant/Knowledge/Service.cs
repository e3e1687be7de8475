using Haltern.Assistant.Hours;

namespace Haltern.Assistant.Knowledge;

/// <summary>An office, contact or service from <c>services/&lt;slug&gt;.md</c>.</summary>
public sealed record Service
{
    /// <summary>Stable id: the path below the knowledge folder, with forward slashes.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public string? Person { get; init; }
    public string? Role { get; init; }
    public string? Place { get; init; }

    /// <summary>Opening or consultation hours; empty when the file gives none.</summary>
    public WeeklyHours Hours { get; init; } = WeeklyHours.None;
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The answer text as plain-text paragraphs (Markdown removed).</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
