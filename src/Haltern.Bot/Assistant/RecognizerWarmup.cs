using Haltern.Assistant.Understanding;

namespace Haltern.Bot.Assistant;

/// <summary>
/// Warms the recognizers (their models compile hundreds of regular expressions on first use) in the background,
/// a moment after the host started: the bot answers as soon as its index is loaded, the warming does not compete
/// with the first questions for the CPU, and a question that needs a recognizer before it is warm waits only for
/// that one model. The index is loaded by its provider.
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

    /// <summary>How long after the host started the warming begins.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task _warming = Task.CompletedTask;

    /// <summary>The warming under way (completes when the recognizers are warm, or when stopped before).</summary>
    internal Task Warming => _warming;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = WarmAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _warming.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task WarmAsync(CancellationToken stopping)
    {
        await Task.Delay(Delay, _time, stopping).ConfigureAwait(false);
        await Task.Run(Warm, stopping).ConfigureAwait(false);
    }

    private void Warm()
    {
        var now = _time.GetUtcNow().DateTime;
        _reader.Read("Hat das Bürgerbüro morgen geöffnet?", "de-DE", now);
        _reader.Holds("Es kostet 5 Euro.", Cue.Cost | Cue.Quantity, english: false);
        _reader.Read("Is the office open tomorrow?", "en-US", now);
    }
}
