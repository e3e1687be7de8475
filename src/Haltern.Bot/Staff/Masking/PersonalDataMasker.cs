using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Haltern.Bot.Staff.Masking;

namespace Haltern.Bot.Staff;

/// <summary>
/// Masks what identifies a person in a question before it is kept (only ever with the citizen's consent): links,
/// e-mail addresses, IBANs, dates of birth and dates long past, customer and file numbers, licence plates, street
/// addresses, postcodes, phone numbers in any notation (digits with spaces, dots, slashes, +49, or spelt out as
/// words), other long numbers, the words of the special categories of Art. 9 GDPR (replaced by their category),
/// and names (after a form of address, a self-introduction, a kinship word, in a signature, or a frequent given
/// name). The words come from the lists in <c>Staff/Masking/</c>. It errs towards masking too much: a masked word
/// costs staff a little meaning, an unmasked one costs a citizen their privacy.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string EmailMask = "[E-Mail]";
    public const string PhoneMask = "[Telefon]";
    public const string NumberMask = "[Nummer]";
    public const string IbanMask = "[IBAN]";
    public const string NameMask = "[Name]";
    public const string AddressMask = "[Adresse]";
    public const string PostcodeMask = "[PLZ]";
    public const string BirthDateMask = "[Geburtsdatum]";
    public const string DateMask = "[Datum]";
    public const string LinkMask = "[Link]";
    public const string PlateMask = "[Kennzeichen]";

    /// <summary>What is kept of a text the masker could not read in time: nothing of it.</summary>
    public const string Unreadable = "[nicht lesbar]";

    /// <summary>Stored questions are cut to this length.</summary>
    public const int MaxLength = 300;

    /// <summary>A full date at least this many years back is more likely a birth date than an appointment: masked.</summary>
    public const int PastDateYears = 10;

    // Stand in for the dots and slashes of a date kept readable, so that the phone rule does not read "24.12.2026"
    // as a run of digits (private-use characters: no citizen types them, and they are removed from the input).
    private const char DateDot = '\uE000';
    private const char DateSlash = '\uE001';

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Lazy<Rules> Lists = new(() => new Rules(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Masks <paramref name="text"/> as of today.</summary>
    public static string Mask(string text) => Mask(text, TimeProvider.System.GetUtcNow());

    /// <summary>
    /// Masks <paramref name="text"/>; <paramref name="now"/> decides which dates count as long past. Text the rules
    /// cannot finish within their time bound is not kept at all: the result is then <see cref="Unreadable"/>.
    /// </summary>
    public static string Mask(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return MaskAll(text, now);
        }
        catch (RegexMatchTimeoutException)
        {
            return Unreadable;
        }
    }

    private static string MaskAll(string text, DateTimeOffset now)
    {
        var rules = Lists.Value;

        // Only the start is kept anyway; cutting first bounds the work on hostile input.
        var masked = text.Length > 2 * MaxLength ? text[..(2 * MaxLength)] : text;
        masked = masked.Replace(DateDot, ' ').Replace(DateSlash, ' ');
        masked = Link().Replace(masked, LinkMask);
        masked = Email().Replace(masked, EmailMask);
        masked = SpokenEmail().Replace(masked, EmailMask);
        masked = Iban().Replace(masked, IbanMask);
        masked = rules.BirthDate.Replace(masked, m => m.Groups["cue"].Index == m.Index ? m.Groups["cue"].Value + " " + BirthDateMask : BirthDateMask);
        masked = rules.Date.Replace(masked, m => DateYear(m, now.Year) <= now.Year - PastDateYears ? DateMask : m.Value.Replace('.', DateDot).Replace('/', DateSlash));
        masked = rules.FileNumber.Replace(masked, m => m.Groups["cue"].Value + " " + NumberMask);
        masked = Plate().Replace(masked, PlateMask);
        masked = rules.Street.Replace(masked, AddressMask);
        masked = rules.SpokenDigits.Replace(masked, m => IsSpokenNumber(m.Value, rules) ? PhoneMask : m.Value);
        masked = Phone().Replace(masked, m => DigitCount(m.Value) < 6 ? m.Value : m.Value.TrimStart()[0] is '+' or '0' or '(' ? PhoneMask : NumberMask);
        masked = Postcode().Replace(masked, PostcodeMask);
        foreach (var (label, pattern) in rules.Categories)
        {
            masked = pattern.Replace(masked, "[" + label + "]");
        }

        masked = rules.FormOfAddress.Replace(masked, m => m.Groups["cue"].Value + " " + NameMask);
        masked = rules.AnyCaseCue.Replace(masked, m => m.Groups["cue"].Value + " " + NameMask);
        masked = rules.CapitalisedCue.Replace(masked, m => m.Groups["cue"].Value + " " + NameMask);
        masked = rules.Signature.Replace(masked, m => m.Groups["cue"].Value + " " + NameMask);
        masked = rules.GivenName.Replace(masked, NameMask);

        masked = Whitespace().Replace(masked.Replace(DateDot, '.').Replace(DateSlash, '/'), " ").Trim();
        return masked.Length <= MaxLength ? masked : masked[..MaxLength].TrimEnd() + "…";
    }

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    // Spelt out: at least two digits as words, and five digits in all (shorter runs are counts, not numbers).
    private static bool IsSpokenNumber(string value, Rules rules)
    {
        var words = rules.NumberWord.Matches(value).Count;
        return words >= 2 && words + DigitCount(value) >= 5;
    }

    private static int DateYear(Match date, int currentYear)
    {
        var year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (date.Groups["year"].Value.Length > 2)
        {
            return year;
        }

        // Two digits: this century unless that lies in the future.
        var century = currentYear / 100 * 100;
        return century + year > currentYear ? century - 100 + year : century + year;
    }

    /// <summary>The patterns built from the word lists, once.</summary>
    private sealed class Rules
    {
        private const string Start = @"(?<![\p{L}\p{N}])";
        private const string End = @"(?![\p{L}\p{N}])";

        // A name word: capitalised (with hyphens and apostrophes), or an initial with its dot.
        private const string Capitalised = @"\p{Lu}[\p{L}\-']*\.?";
        private const string Particle = @"(?:(?:von|van|de|der|den|zu|vom|el|al|ten|ter)\s+){0,2}";

        public Rules()
        {
            var months = MaskingWords.Alternation(MaskingWords.Read("months.txt"));
            var numericDate = @"\d{1,2}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}";
            var namedDate = $@"\d{{1,2}}\.?\s*{months}\s*(?:\d{{4}}|\d{{2}})|{months}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}";
            var anyDate = $@"(?:{numericDate}|{namedDate}|{months}\s+\d{{4}}|\d{{4}})";
            var birthCues = MaskingWords.Alternation(MaskingWords.Read("birth-cues.txt"));
            BirthDate = Build(
                $@"(?<cue>{Start}{birthCues})\s*(?i:am|on|den|the|:|,)?\s*{anyDate}{End}"
                + $@"|{Start}(?:{numericDate}|{namedDate})(?=\s+(?<cue>{birthCues}){End})");
            Date = Build($@"{Start}(?:\d{{1,2}}\s*[./]\s*\d{{1,2}}\s*[./]\s*(?<year>\d{{4}}|\d{{2}})|\d{{1,2}}\.?\s*{months}\s*(?<year>\d{{4}})){End}");

            var fileNumber = @"[\p{L}\p{N}\-/.]*\d[\p{L}\p{N}\-/]*";
            var fileCues = MaskingWords.Alternation(MaskingWords.Read("file-number-cues.txt"));
            FileNumber = Build($@"(?<cue>{Start}{fileCues})\s*[:#.]?\s*(?:(?i:nr\.?|nummer|no\.?|ist|lautet|is|lautend auf)\s*[:#]?\s*)?{fileNumber}(?:[ \t](?:\p{{Lu}}{{1,3}}(?![\p{{L}}])|{fileNumber}))*");

            var suffixes = MaskingWords.Alternation(MaskingWords.Read("street-suffixes.txt"));
            Street = Build(
                $@"{Start}(?:\p{{Lu}}[\p{{L}}\-]*er\s+)?(?=\p{{Lu}})[\p{{L}}\-]*?{suffixes}\s*\d{{1,4}}\s?[a-zA-Z]?{End}"
                + $@"|{Start}(?i:am|an\s+der|an\s+den|im|in\s+der|auf\s+der|auf\s+dem|auf\s+den|zum|zur|unter\s+den)\s+\p{{Lu}}[\p{{L}}\-]+\s+\d{{1,3}}[a-zA-Z]?{End}(?!\s*(?i:uhr|h|mal|tage?n?|wochen?|monate?n?|jahre?n?|euro|€|%|minuten|stunden)(?![\p{{L}}]))"
                + $@"|{Start}\d{{1,5}}\s+\p{{Lu}}[\p{{L}}\-]*(?:\s+\p{{Lu}}[\p{{L}}\-]*)?\s+{suffixes}{End}");

            NumberWord = Build($"{Start}{MaskingWords.Alternation(MaskingWords.Read("number-words.txt"))}{End}");
            SpokenDigits = Build($@"{Start}(?:(?:{MaskingWords.Alternation(MaskingWords.Read("number-words.txt"))}|\d+){End}[\s,.\-/]*){{4,}}");

            Categories = MaskingWords.ReadSections("art9-words.txt")
                .Where(s => s.Key.Length > 0)
                .Select(s => (s.Key, Build($"{Start}{MaskingWords.Alternation(s.Value)}{End}")))
                .ToList();

            var names = $@"{Particle}{Capitalised}(?:\s+{Particle}{Capitalised}){{0,2}}";
            FormOfAddress = Build($@"(?<cue>{Start}{MaskingWords.Alternation(MaskingWords.Read("forms-of-address.txt"))})\s+(?:(?i:dr\.|prof\.|med\.)\s+)*{names}");

            var cues = MaskingWords.ReadSections("name-cues.txt");
            var followers = MaskingWords.Alternation(MaskingWords.Read("name-followers.txt"));
            var givenNames = MaskingWords.Read("given-names.txt");
            var givenAnyCase = MaskingWords.Alternation(givenNames);
            var anyWord = $@"(?!{followers}{End})[\p{{L}}][\p{{L}}\-']*\.?";
            AnyCaseCue = Build($@"(?<cue>{Start}{MaskingWords.Alternation(cues["any"])})[\s:,]*{anyWord}(?:[ \t]+{anyWord}){{0,2}}");
            var nameWord = $@"(?!{followers}{End})(?:{Capitalised}|{givenAnyCase}{End})";
            CapitalisedCue = Build($@"(?<cue>{Start}{MaskingWords.Alternation(cues["capitalised"])})[\s,:]+{nameWord}(?:[ \t]+{nameWord}){{0,2}}");
            Signature = Build($@"(?<cue>{Start}{MaskingWords.Alternation(MaskingWords.Read("signature-greetings.txt"))})[\s,.!:;\-–]+{nameWord}(?:[ \t]+{nameWord}){{0,2}}");

            var given = string.Join('|', givenNames.Select(Regex.Escape));
            GivenName = Build($@"{Start}(?:{given})(?![\p{{L}}\p{{N}}\-])(?:\s+{Capitalised}(?![\p{{L}}\p{{N}}\-]))?");
        }

        public Regex BirthDate { get; }

        public Regex Date { get; }

        public Regex FileNumber { get; }

        public Regex Street { get; }

        public Regex NumberWord { get; }

        public Regex SpokenDigits { get; }

        public IReadOnlyList<(string Label, Regex Pattern)> Categories { get; }

        public Regex FormOfAddress { get; }

        public Regex AnyCaseCue { get; }

        public Regex CapitalisedCue { get; }

        public Regex Signature { get; }

        public Regex GivenName { get; }

        // Interpreted: built in a few milliseconds, and a question of at most 600 characters is masked in well under one.
        private static Regex Build(string pattern) => new(pattern, RegexOptions.CultureInvariant, Timeout);
    }

    [GeneratedRegex(@"(?i:https?://|www\.)\S+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Link();

    // max.muster@example.org, and the spellings that hide the @: max(at)example.de, max [at] example [dot] de
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*(?:@|(?i:\(at\)|\[at\]|\{at\}|\(ät\)))\s*[\p{L}\p{N}\-]+(?:(?:\.|\s*(?i:\(dot\)|\[dot\]|\{dot\}|\(punkt\)|\[punkt\])\s*)[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    // An address read out: max at example dot de, anna punkt schmidt ät posteo punkt de
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s+(?i:at|ät)\s+[\p{L}\p{N}\-]+(?:\s+(?i:dot|punkt)\s+[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpokenEmail();

    // DE89 3704 0044 0532 0130 00, with or without spaces, in either case
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iban();

    // RE-AB 123, HAM-X 1234E: a German licence plate
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{1,3}[\- ]\p{Lu}{1,2}[ \-]?\d{1,4}[EH]?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Plate();

    // +49 2364 933-180, 0049 (0)2364/933180, 0171.123.45.67, 0 23 64 - 92 40: digits and the signs between them
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\+|\(\s*)?\d[\d \t./()\-–]{3,}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    // 45721 (a five-digit number alone: a German postcode, or a number just as telling)
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d{5}(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
