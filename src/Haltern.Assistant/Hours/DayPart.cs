namespace Haltern.Assistant.Hours;

/// <summary>A part of the day a question can ask about ("am Vormittag", "abends", "in the afternoon").</summary>
public enum DayPart
{
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// <summary>The clock times of each <see cref="DayPart"/>.</summary>
public static class DayParts
{
    /// <summary>
    /// The times a part of the day covers, as the words are used (Duden: Vormittag "Zeit vom Morgen bis zum Mittag",
    /// Nachmittag "Zeit zwischen Mittag und Abend"): the morning until noon, noon 12 to 14, the afternoon from 13
    /// (an office that closes at 12:30 is not open "nachmittags") to 18, the evening 18 to 22, the night from 22 to
    /// 6 (on the same date: its early hours and its late ones).
    /// </summary>
    public static IReadOnlyList<(TimeOnly From, TimeOnly To)> Times(DayPart part) => part switch
    {
        DayPart.Morning => Morning,
        DayPart.Noon => Noon,
        DayPart.Afternoon => Afternoon,
        DayPart.Evening => Evening,
        _ => Night,
    };

    /// <summary>True when a slot from <paramref name="from"/> to <paramref name="to"/> is open at some time of <paramref name="part"/>.</summary>
    public static bool Overlaps(DayPart part, TimeOnly from, TimeOnly to)
    {
        foreach (var (start, end) in Times(part))
        {
            if (from < end && start < to)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (TimeOnly, TimeOnly)[] Morning = [(new(6, 0), new(12, 0))];
    private static readonly (TimeOnly, TimeOnly)[] Noon = [(new(12, 0), new(14, 0))];
    private static readonly (TimeOnly, TimeOnly)[] Afternoon = [(new(13, 0), new(18, 0))];
    private static readonly (TimeOnly, TimeOnly)[] Evening = [(new(18, 0), new(22, 0))];
    private static readonly (TimeOnly, TimeOnly)[] Night = [(TimeOnly.MinValue, new(6, 0)), (new(22, 0), TimeOnly.MaxValue)];
}
