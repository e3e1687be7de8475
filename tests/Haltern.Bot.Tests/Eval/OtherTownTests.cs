using System.Collections.Concurrent;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Eval;

/// <summary>
/// Knowledge folders unlike the shipped one, each judged over HTTP with the clock on a fixed Tuesday morning:
/// Testtown (services with hours, several articles) and Nordstadt (written after the bot and its other tests:
/// other offices, a mayor with hours, other articles).
/// </summary>
public sealed class OtherTownTests : IClassFixture<OtherTownTests.Hosts>
{
    private static readonly (string Town, string File)[] Towns = [("Testtown", "testtown.yaml"), ("Nordstadt", "nordstadt.yaml")];

    private readonly Hosts _hosts;

    public OtherTownTests(Hosts hosts) => _hosts = hosts;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (town, file) in Towns)
        {
            foreach (var evalCase in EvalCase.Load(RepositoryPaths.TestData("Eval", file)))
            {
                cases.Add(town, evalCase.Id);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Town_case_against_that_towns_knowledge_passes(string town, string id)
    {
        var file = Towns.Single(t => t.Town == town).File;
        var evalCase = EvalCase.Load(RepositoryPaths.TestData("Eval", file)).Single(c => c.Id == id);

        var problems = await EvalRunner.RunAsync(_hosts.Client(town), evalCase);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>One bot per town, started when its first case runs.</summary>
    public sealed class Hosts : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<(BotApplicationFactory Factory, HttpClient Client)>> _hosts = new(StringComparer.Ordinal);

        public HttpClient Client(string town) => _hosts.GetOrAdd(town, t => new(() =>
        {
            var factory = new BotApplicationFactory(RepositoryPaths.TestData("Eval", "Towns", t), Clocks.TuesdayMorning());
            return (factory, factory.CreateClient());
        })).Value.Client;

        public void Dispose()
        {
            foreach (var host in _hosts.Values.Where(h => h.IsValueCreated))
            {
                host.Value.Client.Dispose();
                host.Value.Factory.Dispose();
            }
        }
    }
}
