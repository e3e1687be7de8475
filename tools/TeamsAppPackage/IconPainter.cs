namespace Haltern.TeamsAppPackage;

/// <summary>
/// Draws the app's two icons from a few shapes (signed distance functions, 4×4 supersampled): a speech bubble
/// with an "H" for Haltern. <c>color.png</c> (192×192): white bubble, blue "H" on the city's blue.
/// <c>outline.png</c> (32×32): the bubble's outline and the "H" in white on transparent, as Teams asks.
/// </summary>
public static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The accent colour of the manifest (#005CA9).</summary>
    public static readonly (byte R, byte G, byte B) Blue = (0x00, 0x5C, 0xA9);

    private const int Samples = 4;

    public static RgbaImage Color()
    {
        var image = new RgbaImage(ColorSize, ColorSize);
        Paint(image, (x, y) =>
        {
            var bubble = Bubble(x, y) <= 0;
            var letter = Letter(x, y) <= 0;
            return bubble && !letter ? (255, 255, 255, 255) : (Blue.R, Blue.G, Blue.B, 255);
        });
        return image;
    }

    public static RgbaImage Outline()
    {
        const double stroke = 0.075;
        var image = new RgbaImage(OutlineSize, OutlineSize);
        Paint(image, (x, y) =>
        {
            var ring = Math.Abs(Bubble(x, y) + (stroke / 2)) <= stroke / 2;
            var letter = Letter(x, y) <= 0;
            return ring || letter ? (255, 255, 255, 255) : (255, 255, 255, 0);
        });
        return image;
    }

    /// <summary>Fills every pixel with the average of <paramref name="shade"/> over a grid of sample points.</summary>
    private static void Paint(RgbaImage image, Func<double, double, (int R, int G, int B, int A)> shade)
    {
        for (var py = 0; py < image.Height; py++)
        {
            for (var px = 0; px < image.Width; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var x = (px + ((sx + 0.5) / Samples)) / image.Width;
                        var y = (py + ((sy + 0.5) / Samples)) / image.Height;
                        var c = shade(x, y);
                        r += c.R * c.A;
                        g += c.G * c.A;
                        b += c.B * c.A;
                        a += c.A;
                    }
                }

                // Colour is averaged weighted by alpha, so transparent samples do not darken edges.
                image[px, py] = a == 0
                    ? ((byte)255, (byte)255, (byte)255, (byte)0)
                    : (Byte(r / a), Byte(g / a), Byte(b / a), Byte(a / (Samples * Samples)));
            }
        }
    }

    private static byte Byte(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);

    /// <summary>Distance to the speech bubble: a rounded box with a tail at the lower left (negative inside).</summary>
    private static double Bubble(double x, double y)
    {
        var body = RoundBox(x - 0.5, y - 0.44, 0.34, 0.26, 0.12);
        var tail = Triangle(x, y, (0.26, 0.62), (0.46, 0.62), (0.20, 0.86));
        return Math.Min(body, tail);
    }

    /// <summary>Distance to the letter H inside the bubble.</summary>
    private static double Letter(double x, double y)
    {
        var left = Box(x - 0.385, y - 0.44, 0.045, 0.15);
        var right = Box(x - 0.615, y - 0.44, 0.045, 0.15);
        var bar = Box(x - 0.5, y - 0.44, 0.13, 0.04);
        return Math.Min(left, Math.Min(right, bar));
    }

    private static double Box(double x, double y, double halfWidth, double halfHeight) => RoundBox(x, y, halfWidth, halfHeight, 0);

    private static double RoundBox(double x, double y, double halfWidth, double halfHeight, double radius)
    {
        var qx = Math.Abs(x) - halfWidth + radius;
        var qy = Math.Abs(y) - halfHeight + radius;
        var outside = Math.Sqrt((Math.Max(qx, 0) * Math.Max(qx, 0)) + (Math.Max(qy, 0) * Math.Max(qy, 0)));
        return outside + Math.Min(Math.Max(qx, qy), 0) - radius;
    }

    private static double Triangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        var d = Math.Min(Segment(x, y, a, b), Math.Min(Segment(x, y, b, c), Segment(x, y, c, a)));
        var inside = Side(x, y, a, b) >= 0 == Side(x, y, b, c) >= 0 && Side(x, y, b, c) >= 0 == Side(x, y, c, a) >= 0;
        return inside ? -d : d;
    }

    private static double Side(double x, double y, (double X, double Y) a, (double X, double Y) b) =>
        ((b.X - a.X) * (y - a.Y)) - ((b.Y - a.Y) * (x - a.X));

    private static double Segment(double x, double y, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var t = Math.Clamp((((x - a.X) * dx) + ((y - a.Y) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        var (ex, ey) = (x - a.X - (t * dx), y - a.Y - (t * dy));
        return Math.Sqrt((ex * ex) + (ey * ey));
    }
}
