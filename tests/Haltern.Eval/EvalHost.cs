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
        if (disposing)
        {
            DeleteStaffData();
        }
    }

    /// <summary>
    /// The host's staff folder, deleted; a file the stopped host still flushes into it can make one delete fail
    /// ("Directory not empty"), so it is tried again, and a folder left in /tmp is said, not a reason to stop the run.
    /// </summary>
    private void DeleteStaffData()
    {
        for (var attempt = 1; Directory.Exists(_staffData); attempt++)
        {
            try
            {
                Directory.Delete(_staffData, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"could not delete {_staffData}: {e.Message}");
                return;
            }
        }
    }
}
