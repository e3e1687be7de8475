using Microsoft.Extensions.Time.Testing;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>Fixed clocks for tests (never the machine's time).</summary>
public static class Clocks
{
    /// <summary>Tuesday, 1 December 2026, 10:00 in Haltern am See (09:00 UTC).</summary>
    public static FakeTimeProvider TuesdayMorning() => new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
}
