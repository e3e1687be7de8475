using System.Text.RegularExpressions;
using Haltern.Bot.Staff.Masking;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// Recognises a citizen asking for a person ("Ich möchte mit einem Mitarbeiter sprechen", "talk to a human"): a word
/// for a person and a word for talking to or being helped by them, from <c>Staff/Handoff/person-requests.txt</c>.
/// </summary>
public static class PersonRequests
{
    private static readonly Lazy<(Regex People, Regex Talking)> Words = new(() =>
    {
        var sections = MaskingWords.ReadSections("person-requests.txt", "Handoff");
        return (Word(sections["People"]), Word(sections["Talking"]));
    });

    /// <summary>True when <paramref name="text"/> asks to talk to a person.</summary>
    public static bool AsksForPerson(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 500 && Words.Value.People.IsMatch(text) && Words.Value.Talking.IsMatch(text);

    private static Regex Word(IEnumerable<string> entries) =>
        new(@"(?<![\p{L}\p{N}])" + MaskingWords.Alternation(entries) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}
