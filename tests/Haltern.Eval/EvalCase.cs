using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Haltern.Eval;

/// <summary>One turn of an eval case: what the citizen says and the checks on what the citizen sees.</summary>
public sealed record EvalTurn(string Say, IReadOnlyList<string> Expect, IReadOnlyList<string> Any, IReadOnlyList<string> Forbid);

/// <summary>One case of an eval file (the judge's format): a conversation of one or more turns.</summary>
/// <remarks>
/// Every case must hold a check that a wrong reply can fail: a case without <c>expect</c>, <c>any</c> or
/// <c>forbid</c> in any turn, or with an <c>expect</c> or <c>any</c> pattern that matches whatever the bot says,
/// would pass for any reply, so the file is rejected when it is loaded instead. A turn without checks is allowed
/// in a conversation: it sets up what a later turn refers to.
/// </remarks>
public sealed record EvalCase(string Id, IReadOnlyList<EvalTurn> Turns)
{
    /// <summary>
    /// Texts of one character each, of different kinds: a pattern that matches all of them (<c>.</c>, <c>\S</c>,
    /// an empty pattern) matches any reply and cannot fail.
    /// </summary>
    private static readonly string[] AnyReply = ["x", "0", "-", "ä"];

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
            var problem = CannotFail(turns);
            if (problem is not null)
            {
                throw new InvalidDataException($"{path}, case '{id}': {problem}");
            }

            cases.Add(new EvalCase(id, turns));
        }

        return cases;
    }

    /// <summary>Why the case would pass whatever the bot replies, or null when a wrong reply can fail it.</summary>
    private static string? CannotFail(IReadOnlyList<EvalTurn> turns)
    {
        if (turns.All(t => t.Expect.Count == 0 && t.Any.Count == 0 && t.Forbid.Count == 0))
        {
            return "no expect, any or forbid in any turn: every reply would pass";
        }

        foreach (var turn in turns)
        {
            foreach (var pattern in turn.Expect.Concat(turn.Any).Concat(turn.Forbid))
            {
                try
                {
                    _ = new Regex(pattern);
                }
                catch (ArgumentException ex)
                {
                    return $"turn '{turn.Say}': /{pattern}/ is not a regular expression ({ex.Message})";
                }
            }

            var matchesAnything = turn.Expect.Concat(turn.Any).FirstOrDefault(MatchesAnyReply);
            if (matchesAnything is not null)
            {
                return $"turn '{turn.Say}': /{matchesAnything}/ matches any reply, so it can never fail";
            }
        }

        return null;
    }

    private static bool MatchesAnyReply(string pattern) =>
        AnyReply.All(text => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)));

    private static EvalTurn Turn(YamlMappingNode node) =>
        new(Scalar(node, "say") ?? string.Empty, List(node, "expect"), List(node, "any"), List(node, "forbid"));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToArray()
            : [];
}
