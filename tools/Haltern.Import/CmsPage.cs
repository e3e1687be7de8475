namespace Haltern.Import;

/// <summary>
/// A news article as read from a page export of the city website's CMS: the content blocks only, with the
/// page furniture (headings, image captions, "Bild" blocks, sidebar text) left out.
/// </summary>
/// <param name="Title">The "Titel" block.</param>
/// <param name="Date">The publication date from the page's date line (e.g. "9. Juni 2020").</param>
/// <param name="Teaser">The "Einleitung" block without the date line; null when the page has none.</param>
/// <param name="Paragraphs">The "Text" block, one entry per paragraph, whitespace normalised.</param>
public sealed record CmsPage(string Title, DateOnly Date, string? Teaser, IReadOnlyList<string> Paragraphs);

/// <summary>The outcome of reading one export: a page, or the reason it is not one.</summary>
public sealed record CmsPageReadResult(CmsPage? Page, string? Error)
{
    public static CmsPageReadResult Success(CmsPage page) => new(page, null);

    public static CmsPageReadResult Failure(string reason) => new(null, reason);
}
