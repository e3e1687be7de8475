using System.Globalization;

namespace Haltern.Bot.Staff;

/// <summary>The staff commands.</summary>
public enum StaffCommandKind
{
    OpenQuestions,
    Statistics,
    KnowledgeStatus,

    /// <summary>Citizens' requests to staff arrive in this Teams channel from now on.</summary>
    RequestsHere,

    /// <summary>No more requests to staff.</summary>
    RequestsOff,
}

/// <summary>A staff command as written: which one, and whether it was asked in English.</summary>
public sealed record StaffCommand(StaffCommandKind Kind, bool English)
{
    private static readonly Dictionary<string, StaffCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["offene fragen"] = new(StaffCommandKind.OpenQuestions, false),
        ["unbeantwortete fragen"] = new(StaffCommandKind.OpenQuestions, false),
        ["open questions"] = new(StaffCommandKind.OpenQuestions, true),
        ["unanswered questions"] = new(StaffCommandKind.OpenQuestions, true),
        ["statistik"] = new(StaffCommandKind.Statistics, false),
        ["statistics"] = new(StaffCommandKind.Statistics, true),
        ["stats"] = new(StaffCommandKind.Statistics, true),
        ["wissensstand"] = new(StaffCommandKind.KnowledgeStatus, false),
        ["knowledge status"] = new(StaffCommandKind.KnowledgeStatus, true),
        ["bürgeranfragen hier"] = new(StaffCommandKind.RequestsHere, false),
        ["buergeranfragen hier"] = new(StaffCommandKind.RequestsHere, false),
        ["citizen requests here"] = new(StaffCommandKind.RequestsHere, true),
        ["bürgeranfragen aus"] = new(StaffCommandKind.RequestsOff, false),
        ["buergeranfragen aus"] = new(StaffCommandKind.RequestsOff, false),
        ["citizen requests off"] = new(StaffCommandKind.RequestsOff, true),
    };

    /// <summary>
    /// Recognises a message that is exactly a staff command (case, a leading slash and closing punctuation
    /// aside). "Statistik der Einwohnerzahlen" is a citizen's question, not the command.
    /// </summary>
    public static bool TryParse(string? text, out StaffCommand command)
    {
        command = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var normalized = string.Join(' ', text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ')
            .ToLower(CultureInfo.InvariantCulture)
            .Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (Phrases.TryGetValue(normalized, out var found))
        {
            command = found;
            return true;
        }

        return false;
    }
}
