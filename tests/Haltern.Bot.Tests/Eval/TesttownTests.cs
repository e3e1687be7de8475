using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Eval;

/// <summary>
/// A second knowledge folder, unlike the shipped one (services with hours, several articles), judged the same
/// way over HTTP with the clock on a fixed Tuesday morning.
/// </summary>
public sealed class TesttownTests : IClassFixture<TesttownTests.Host>
{
    private readonly Host _host;

    public TesttownTests(Host host) => _host = host;

    public static TheoryData<string> Cases() => new(EvalCase.Load(RepositoryPaths.TestData("Eval", "testtown.yaml")).Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TesttownCase_AgainstTesttownKnowledge_Passes(string id)
    {
        var evalCase = EvalCase.Load(RepositoryPaths.TestData("Eval", "testtown.yaml")).Single(c => c.Id == id);

        var problems = await EvalRunner.RunAsync(_host.Client, evalCase);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public sealed class Host : IDisposable
    {
        private readonly BotApplicationFactory _factory = new(RepositoryPaths.TestData("Knowledge", "Testtown"), Clocks.TuesdayMorning());

        public Host() => Client = _factory.CreateClient();

        public HttpClient Client { get; }

        public void Dispose() => _factory.Dispose();
    }
}
