using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Haltern.Eval;

/// <summary>
/// The real bot in memory (real adapter, index and HTTP pipeline) on one knowledge folder, with its clock standing
/// at the set's moment, as the judge talks to it: Development, no app id.
/// </summary>
public sealed class EvalHost : WebApplicationFactory<Program>
{
    private readonly string _knowledgePath;
    private readonly FakeTimeProvider _time;
    private readonly string _staffData = Path.Combine(Path.GetTempPath(), "haltern-eval-" + Guid.NewGuid().ToString("N"));

    private readonly string _contentRoot;

    public EvalHost(string contentRoot, string knowledgePath, DateTimeOffset now)
    {
        _contentRoot = contentRoot;
        _knowledgePath = knowledgePath;
        _time = new FakeTimeProvider(now);

        // A bot reads its thesaurus in the background while it starts and answers without synonyms until then; the
        // figures are of a bot that has been running a moment, whatever the order the sets are played in.
        Haltern.Assistant.Search.Thesaurus.Loaded();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(_contentRoot);
        builder.UseEnvironment("Development");
        builder.UseSetting("Knowledge:Path", _knowledgePath);
        builder.UseSetting("Staff:DataPath", _staffData);
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_staffData))
        {
            Directory.Delete(_staffData, recursive: true);
        }
    }
}
