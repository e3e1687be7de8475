using Haltern.Assistant.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haltern.Assistant.Search;

/// <summary>Loads the knowledge folder once and serves its index.</summary>
public sealed class KnowledgeIndexProvider : IKnowledgeIndexProvider, IDisposable
{
    private readonly Lazy<KnowledgeIndex> _index;

    public KnowledgeIndexProvider(IOptions<KnowledgeOptions> options, KnowledgeLoader loader, ContentRoot contentRoot, ILogger<KnowledgeIndexProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(logger);
        _index = new Lazy<KnowledgeIndex>(() =>
        {
            var folder = KnowledgeFolder.Resolve(options.Value.Path, contentRoot.Path);
            var index = KnowledgeIndex.Build(loader.Load(folder));
            logger.LogInformation("Knowledge index built from {Folder}: {Articles} articles, {Services} services",
                folder, index.Knowledge.Articles.Count, index.Knowledge.Services.Count);
            return index;
        });
    }

    public KnowledgeIndex Current => _index.Value;

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
    }
}

/// <summary>The folder a relative <c>Knowledge:Path</c> is read from (the host's content root).</summary>
public sealed record ContentRoot(string Path);
