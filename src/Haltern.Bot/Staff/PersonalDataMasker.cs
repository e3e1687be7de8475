using System.Text.RegularExpressions;

namespace Haltern.Bot.Staff;

/// <summary>
/// Masks what identifies a person in a question before it is stored: e-mail addresses, phone numbers and long
/// digit runs (customer numbers, IBANs, file numbers). Dates such as 24.12.2026 stay readable.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string EmailMask = "[E-Mail]";
    public const string PhoneMask = "[Telefon]";
    public const string NumberMask = "[Nummer]";
    public const string IbanMask = "[IBAN]";

    /// <summary>Stored questions are cut to this length.</summary>
    public const int MaxLength = 300;

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only the start is kept anyway; cutting first bounds the work on hostile input.
        var masked = text.Length > 2 * MaxLength ? text[..(2 * MaxLength)] : text;
        masked = Email().Replace(masked, EmailMask);
        masked = Iban().Replace(masked, IbanMask);
        masked = Phone().Replace(masked, m => DigitCount(m.Value) >= 6 ? PhoneMask : m.Value);
        masked = DigitRun().Replace(masked, m => DigitCount(m.Value) >= 6 ? NumberMask : m.Value);
        masked = Whitespace().Replace(masked, " ").Trim();
        return masked.Length <= MaxLength ? masked : masked[..MaxLength].TrimEnd() + "…";
    }

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    // DE89 3704 0044 0532 0130 00, with or without spaces
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iban();

    // +49 2364 933-180, 0049 (2364) 933180, 02364/933-180, 0171 1234567
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\+|00|0)\s?\(?\d[\d\s/()\-]{3,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    // Digits in groups joined by a single space, hyphen or slash (not a dot: dates and amounts stay).
    [GeneratedRegex(@"\d(?:[ \-/]?\d){5,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
