using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Eval;

/// <summary>The eval file loader: a case is only loaded when a wrong reply can fail it.</summary>
public sealed class EvalCaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("haltern-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("any: [\".\"]")]
    [InlineData("expect: [\"\"]")]
    [InlineData("any: [\"leider\", \"\\\\S\"]")]
    [InlineData("expect: [\"Bürgerbüro\", \".*\"]")]
    public void A_case_whose_check_matches_any_reply_is_rejected(string checks)
    {
        var path = Write($"- {{id: anything, say: \"Hallo\", {checks}}}");

        var error = Assert.Throws<InvalidDataException>(() => EvalCase.Load(path));

        Assert.Contains("'anything'", error.Message);
        Assert.Contains("can never fail", error.Message);
    }

    [Fact]
    public void A_case_without_any_check_is_rejected()
    {
        var path = Write("""
            - id: two-turns
              turns:
                - {say: "Was gibt es Neues?"}
                - {say: "mehr dazu"}
            """);

        var error = Assert.Throws<InvalidDataException>(() => EvalCase.Load(path));

        Assert.Contains("'two-turns'", error.Message);
        Assert.Contains("every reply would pass", error.Message);
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_rejected()
    {
        var path = Write("- {id: broken, say: \"Hallo\", expect: [\"(unclosed\"]}");

        var error = Assert.Throws<InvalidDataException>(() => EvalCase.Load(path));

        Assert.Contains("not a regular expression", error.Message);
    }

    [Fact]
    public void Checks_that_a_wrong_reply_can_fail_are_loaded()
    {
        var path = Write("""
            - {id: digits, say: "Wie viele?", expect: ["\\d"]}
            - {id: words, say: "Wetter?", any: ["leider", "keine Information"]}
            - {id: forbid-only, say: "Hallo", forbid: ["Medienentwicklungsplan"]}
            - id: set-up-turn
              turns:
                - {say: "Was gibt es Neues?"}
                - {say: "mehr dazu", expect: ["Schulen"]}
            """);

        var cases = EvalCase.Load(path);

        Assert.Equal(["digits", "words", "forbid-only", "set-up-turn"], cases.Select(c => c.Id));
    }

    [Theory]
    [InlineData("dev.yaml")]
    [InlineData("variants.yaml")]
    [InlineData("testtown.yaml")]
    [InlineData("nordstadt.yaml")]
    public void Every_case_of_the_shipped_eval_files_can_fail(string file)
    {
        var cases = EvalCase.Load(RepositoryPaths.TestData("Eval", file));

        Assert.NotEmpty(cases);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "cases.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
