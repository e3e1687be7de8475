using System.ComponentModel.DataAnnotations;

namespace Haltern.Assistant;

/// <summary>Configuration section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// The knowledge folder (<c>news/</c>, <c>services/</c>). Empty: the nearest <c>knowledge/</c> folder found
    /// upward from the content root, so README's run command serves the repository's knowledge.
    /// </summary>
    public string Path { get; set; } = string.Empty;
}

/// <summary>Configuration section <c>Assistant</c>.</summary>
public sealed class AssistantOptions
{
    public const string Section = "Assistant";

    /// <summary>
    /// Words that find the service citizens are sent to when the knowledge holds no answer (the Bürgerbüro):
    /// the best match of any of them that has a phone number. A search, not an id, so another town's folder
    /// works unchanged.
    /// </summary>
    [Required]
    public string GeneralContact { get; set; } = "Bürgerbüro Bürgerservice Bürgeramt";

    /// <summary>The city's time zone: "today" and "tomorrow" are read in it.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>
    /// Whose public holidays close the offices: a German state as in ISO 3166-2 (<c>DE-NW</c> Nordrhein-Westfalen,
    /// <c>DE-BY</c> Bayern, …) or <c>DE</c> for the holidays of every state. Checked at start.
    /// </summary>
    [Required]
    public string HolidayRegion { get; set; } = "DE-NW";

    /// <summary>Messages longer than this are cut before they are understood.</summary>
    [Range(16, 100_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>
    /// The confidence an answer needs: the share of the question's topic words that the answering file or
    /// sentence holds. Below it the assistant says it has no information.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.55;
}
