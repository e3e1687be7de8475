using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Haltern.Import;

/// <summary>
/// Reads the text export of a CMS page: blocks introduced by a label line ("Titel", "Einleitung", "Text",
/// "Bild", ...), paragraphs separated by blank lines, and a date line such as "9. Juni 2020" at the start of the
/// first content block. Everything before the first label and every furniture block is dropped.
/// </summary>
/// <remarks>
/// The date line is read with the German date recognizer of Microsoft.Recognizers.Text. Only a date that
/// opens the first paragraph of "Einleitung" (or, without one, of the text after the title or of "Text") counts
/// as the publication date; a date further into the text is content and stays where it is.
/// </remarks>
public sealed partial class CmsPageReader
{
    private const string TitleLabel = "Titel";
    private const string IntroLabel = "Einleitung";
    private const string TextLabel = "Text";

    // Labels of blocks that are page furniture, not article content.
    private static readonly HashSet<string> s_furnitureLabels = new(StringComparer.Ordinal)
    {
        "Bild", "Bilder", "Bildunterschrift", "Bildergalerie", "Foto", "Fotos", "Galerie", "Downloads", "Download",
    };

    private static readonly HashSet<string> s_contentLabels = new(StringComparer.Ordinal) { TitleLabel, IntroLabel, TextLabel };

    private readonly DateTimeModel _dateModel = (DateTimeModel)new DateTimeRecognizer(Culture.German).GetDateTimeModel();

    // The recognizer resolves dates without a year against this; a date line without a year is rejected anyway.
    private static readonly DateTime s_reference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Reads one export.</summary>
    /// <param name="text">The exported page as text.</param>
    public CmsPageReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var blocks = SplitBlocks(text);
        if (!blocks.TryGetValue(TitleLabel, out var titleParagraphs) || titleParagraphs.Count == 0)
        {
            return CmsPageReadResult.Failure("no \"Titel\" block: not a page export");
        }

        var title = titleParagraphs[0];
        var afterTitle = titleParagraphs.Skip(1).ToList();
        var intro = blocks.GetValueOrDefault(IntroLabel, []);
        var body = blocks.GetValueOrDefault(TextLabel, []);

        // The date line opens the first content block after the title that has one.
        DateOnly? date = null;
        foreach (var candidate in new[] { afterTitle, intro, body })
        {
            if (candidate.Count == 0)
            {
                continue;
            }

            if (TryTakeLeadingDate(candidate[0], out var found, out var rest))
            {
                date = found;
                if (rest.Length == 0)
                {
                    candidate.RemoveAt(0);
                }
                else
                {
                    candidate[0] = rest;
                }

                break;
            }
        }

        if (date is not { } publication)
        {
            return CmsPageReadResult.Failure("no date line with day, month and year (like \"9. Juni 2020\") after the title");
        }

        // Text between the title and the first other block belongs to the teaser when there is no Einleitung.
        var teaserParagraphs = intro.Count > 0 ? intro : afterTitle;
        var teaser = teaserParagraphs.Count > 0 ? string.Join(" ", teaserParagraphs) : null;
        if (body.Count == 0 && teaser is null)
        {
            return CmsPageReadResult.Failure("neither \"Einleitung\" nor \"Text\" holds any text");
        }

        return CmsPageReadResult.Success(new CmsPage(title, publication, teaser, body));
    }

    private static Dictionary<string, List<string>> SplitBlocks(string text)
    {
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null; // null: furniture, dropped
        var paragraph = new List<string>();

        void EndParagraph()
        {
            if (paragraph.Count > 0 && current is not null)
            {
                current.Add(string.Join(" ", paragraph));
            }

            paragraph.Clear();
        }

        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Normalize(rawLine);
            if (s_contentLabels.Contains(line))
            {
                EndParagraph();
                if (!blocks.TryGetValue(line, out current))
                {
                    current = [];
                    blocks[line] = current;
                }

                continue;
            }

            if (s_furnitureLabels.Contains(line))
            {
                EndParagraph();
                current = null;
                continue;
            }

            if (line.Length == 0)
            {
                EndParagraph();
            }
            else
            {
                paragraph.Add(line);
            }
        }

        EndParagraph();
        return blocks;
    }

    private bool TryTakeLeadingDate(string paragraph, out DateOnly date, out string rest)
    {
        date = default;
        rest = paragraph;

        // A date line ends with its year ("9. Juni 2020", "Dienstag, 09.06.2020"). Only that prefix goes to the
        // recognizer, so the words after it ("Am Dienstag ...") cannot turn the date into a time range.
        var prefix = DateLinePrefix().Match(paragraph);
        if (!prefix.Success)
        {
            return false;
        }

        var candidate = prefix.Value;
        foreach (var result in _dateModel.Parse(candidate, s_reference))
        {
            if (result.Start == 0 && result.End == candidate.Length - 1 && result.TypeName == "datetimeV2.date"
                && TryReadFullDate(result, out date))
            {
                rest = paragraph[candidate.Length..].TrimStart(' ', ',', ':', '-', '–', '|');
                return true;
            }
        }

        return false;
    }

    private static bool TryReadFullDate(ModelResult result, out DateOnly date)
    {
        date = default;
        if (result.Resolution?.TryGetValue("values", out var values) != true || values is not IEnumerable<Dictionary<string, string>> entries)
        {
            return false;
        }

        // A full date has a timex like 2020-06-09; "9. Juni" alone (XXXX-06-09) is not a publication date.
        var timex = entries.Select(e => e.GetValueOrDefault("timex")).FirstOrDefault();
        return timex is not null
            && FullDateTimex().IsMatch(timex)
            && DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Collapses whitespace (including no-break spaces from the CMS) to single spaces and trims.</summary>
    private static string Normalize(string line) => Whitespace().Replace(line, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^.{0,40}?(?<!\d)\d{4}(?!\d)")]
    private static partial Regex DateLinePrefix();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex FullDateTimex();
}
