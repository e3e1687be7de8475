using System.Collections;
using System.Text.RegularExpressions;

namespace Haltern.Bot.Hosting;

/// <summary>
/// Wraps a logging provider so that no credential reaches a log line at any level: the Direct Line token in a
/// stream URL's query (<c>?t=…</c>, which ASP.NET Core's request logging writes with the URL), other token or
/// secret query parameters, and <c>Bearer</c> credentials, in the message and in every property.
/// </summary>
public sealed partial class RedactingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private const string Hidden = "[redacted]";
    private readonly ILoggerProvider _inner;

    public RedactingLoggerProvider(ILoggerProvider inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>The text with credentials replaced by <c>[redacted]</c>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('=') < 0 && text.IndexOf("earer", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text; // the common case, without a regex
        }

        return Bearer().Replace(QueryCredential().Replace(text, "$1" + Hidden), "$1" + Hidden);
    }

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(_inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (_inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(scopeProvider);
        }
    }

    public void Dispose() => _inner.Dispose();

    // ?t=…, &token=…, ?secret=…, &code=… up to the next separator
    [GeneratedRegex(@"([?&;](?:t|token|access_token|secret|code|sig|key)=)[^&\s""'#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QueryCredential();

    [GeneratedRegex(@"(Bearer\s+)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bearer();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = Redact(formatter(state, exception));
            var values = new RedactedValues(state as IReadOnlyList<KeyValuePair<string, object?>> ?? [], message);
            inner.Log(logLevel, eventId, values, exception, static (v, _) => v.Message);
        }
    }

    /// <summary>The entry's properties with string values redacted; formats as the redacted message.</summary>
    private sealed class RedactedValues(IReadOnlyList<KeyValuePair<string, object?>> values, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message { get; } = message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index]
        {
            get
            {
                var pair = values[index];
                return pair.Value is string text && pair.Key != "{OriginalFormat}" ? new(pair.Key, Redact(text)) : pair;
            }
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }
}
