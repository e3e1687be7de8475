using YamlDotNet.RepresentationModel;

namespace Haltern.Eval;

/// <summary>One turn of an eval case: what the citizen says and the checks on what the citizen sees.</summary>
public sealed record EvalTurn(string Say, IReadOnlyList<string> Expect, IReadOnlyList<string> Any, IReadOnlyList<string> Forbid);

/// <summary>One case of an eval file (the judge's format): a conversation of one or more turns.</summary>
public sealed record EvalCase(string Id, IReadOnlyList<EvalTurn> Turns)
{
    public override string ToString() => Id;

    public static IReadOnlyList<EvalCase> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var cases = new List<EvalCase>();
        foreach (var node in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            var id = Scalar(node, "id") ?? throw new InvalidDataException("case without id in " + path);
            var turns = node.Children.TryGetValue(new YamlScalarNode("turns"), out var t)
                ? ((YamlSequenceNode)t).Children.Cast<YamlMappingNode>().Select(Turn).ToArray()
                : [Turn(node)];
            cases.Add(new EvalCase(id, turns));
        }

        return cases;
    }

    private static EvalTurn Turn(YamlMappingNode node) =>
        new(Scalar(node, "say") ?? string.Empty, List(node, "expect"), List(node, "any"), List(node, "forbid"));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToArray()
            : [];
}
