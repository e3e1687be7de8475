using System.Globalization;

namespace Haltern.Bot.WebChat;

/// <summary>
/// WCAG 2.1 contrast for the configured accent colour (relative luminance, 1.4.3), and the darker shade the widget
/// uses for hover and focus rings.
/// </summary>
public static class AccentColors
{
    /// <summary>WCAG 2.1 AA for normal text (1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>The contrast ratio of white text on <paramref name="hex"/> (<c>#rrggbb</c>).</summary>
    public static double ContrastWithWhite(string hex)
    {
        var (r, g, b) = Parse(hex);
        var luminance = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>The colour mixed with black by <paramref name="amount"/> (0..1), as <c>#rrggbb</c>.</summary>
    public static string Darker(string hex, double amount)
    {
        var (r, g, b) = Parse(hex);
        var keep = 1 - Math.Clamp(amount, 0, 1);
        return string.Create(CultureInfo.InvariantCulture, $"#{(int)(r * keep):x2}{(int)(g * keep):x2}{(int)(b * keep):x2}");
    }

    private static (int R, int G, int B) Parse(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
