using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>Keeps every log entry in memory.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception) + " " + properties + " " + exception));
        }
    }
}

/// <summary>One captured log entry: its category, level and everything it carried (message, properties, exception).</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Text);
