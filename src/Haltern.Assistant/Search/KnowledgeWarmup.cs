using Haltern.Assistant.Understanding;
using Microsoft.Extensions.Hosting;

namespace Haltern.Assistant.Search;

/// <summary>
/// Loads the knowledge and warms the recognizers when the host starts, so that a wrong <c>Knowledge:Path</c>
/// stops the start with a clear message and the first citizen does not wait for the index.
/// </summary>
public sealed class KnowledgeWarmup : IHostedService
{
    private readonly IKnowledgeIndexProvider _indexes;
    private readonly QuestionReader _reader;
    private readonly TimeProvider _time;

    public KnowledgeWarmup(IKnowledgeIndexProvider indexes, QuestionReader reader, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(time);
        _indexes = indexes;
        _reader = reader;
        _time = time;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = _indexes.Current;
        var now = _time.GetUtcNow().DateTime;
        _reader.Read("Hat das Bürgerbüro morgen geöffnet?", "de-DE", now);
        _reader.Read("Is the office open tomorrow?", "en-US", now);
        _reader.Holds("Es kostet 5 Euro.", Cue.Cost | Cue.Quantity, english: false);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
