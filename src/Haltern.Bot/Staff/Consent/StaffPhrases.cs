using System.Globalization;
using System.Text.Json;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// The words citizens and staff read about what is kept (<c>Staff/Consent/staff-phrases.json</c>, embedded): the
/// consent offer, its answers and the notes of the staff reports, in German and English.
/// </summary>
public sealed record StaffPhrases
{
    private static readonly Lazy<(StaffPhrases German, StaffPhrases English)> Shipped = new(Load);

    public static StaffPhrases German => Shipped.Value.German;

    public static StaffPhrases English => Shipped.Value.English;

    public required string QuestionLogOffer { get; init; }

    public required string QuestionLogAccept { get; init; }

    public required string QuestionLogAccepted { get; init; }

    public required string NothingPending { get; init; }

    /// <summary>Short answers that accept an offer made in the reply just before.</summary>
    public required IReadOnlyList<string> Yes { get; init; }

    public required string OpenQuestionsNote { get; init; }

    public required string StatisticsNote { get; init; }

    public static StaffPhrases For(bool english) => english ? English : German;

    /// <summary>A phrase with <c>{days}</c> and <c>{minutes}</c> filled in.</summary>
    public static string Fill(string phrase, int days, TimeSpan memory)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase
            .Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{minutes}", ((int)Math.Ceiling(memory.TotalMinutes)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static (StaffPhrases, StaffPhrases) Load()
    {
        var assembly = typeof(StaffPhrases).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetName().Name + ".Staff.Consent.staff-phrases.json")
            ?? throw new FileNotFoundException("Staff/Consent/staff-phrases.json is not shipped with the bot.");
        using var document = JsonDocument.Parse(stream);
        return (Read(document.RootElement.GetProperty("de")), Read(document.RootElement.GetProperty("en")));
    }

    private static StaffPhrases Read(JsonElement language) => new()
    {
        QuestionLogOffer = language.GetProperty(nameof(QuestionLogOffer)).GetString()!,
        QuestionLogAccept = language.GetProperty(nameof(QuestionLogAccept)).GetString()!,
        QuestionLogAccepted = language.GetProperty(nameof(QuestionLogAccepted)).GetString()!,
        NothingPending = language.GetProperty(nameof(NothingPending)).GetString()!,
        Yes = language.GetProperty(nameof(Yes)).EnumerateArray().Select(e => e.GetString()!).ToList(),
        OpenQuestionsNote = language.GetProperty(nameof(OpenQuestionsNote)).GetString()!,
        StatisticsNote = language.GetProperty(nameof(StatisticsNote)).GetString()!,
    };
}
