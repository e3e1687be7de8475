using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Eval;

/// <summary>Every case of the judge's development set, against the shipped knowledge, over real HTTP.</summary>
public sealed class DevSetTests : IClassFixture<DevSetTests.Host>
{
    private readonly Host _host;

    public DevSetTests(Host host) => _host = host;

    public static TheoryData<string> Cases() => new(EvalCase.Load(RepositoryPaths.TestData("Eval", "dev.yaml")).Select(c => c.Id));

    public static TheoryData<string> Variants() => new(EvalCase.Load(RepositoryPaths.TestData("Eval", "variants.yaml")).Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Dev_case_against_shipped_knowledge_passes(string id)
    {
        var evalCase = EvalCase.Load(RepositoryPaths.TestData("Eval", "dev.yaml")).Single(c => c.Id == id);

        var problems = await EvalRunner.RunAsync(_host.Client, evalCase);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Other_wording_against_shipped_knowledge_passes(string id)
    {
        var evalCase = EvalCase.Load(RepositoryPaths.TestData("Eval", "variants.yaml")).Single(c => c.Id == id);

        var problems = await EvalRunner.RunAsync(_host.Client, evalCase);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>One bot for all cases: the shipped knowledge and a clock on a fixed Tuesday morning.</summary>
    public sealed class Host : IDisposable
    {
        private readonly BotApplicationFactory _factory = new(time: Clocks.TuesdayMorning());

        public Host() => Client = _factory.CreateClient();

        public HttpClient Client { get; }

        public void Dispose() => _factory.Dispose();
    }
}
