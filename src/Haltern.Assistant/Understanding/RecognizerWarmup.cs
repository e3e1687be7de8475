using Microsoft.Extensions.Hosting;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// Warms the recognizers when the host starts (their models compile hundreds of regular expressions on first
/// use), so the first citizen does not wait for them. The index is loaded by its provider.
/// </summary>
public sealed class RecognizerWarmup : IHostedService
{
    private readonly QuestionReader _reader;
    private readonly TimeProvider _time;

    public RecognizerWarmup(QuestionReader reader, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(time);
        _reader = reader;
        _time = time;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().DateTime;
        _reader.Read("Hat das Bürgerbüro morgen geöffnet?", "de-DE", now);
        _reader.Read("Is the office open tomorrow?", "en-US", now);
        _reader.Holds("Es kostet 5 Euro.", Cue.Cost | Cue.Quantity, english: false);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
