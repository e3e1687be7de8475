using YamlDotNet.RepresentationModel;

namespace Haltern.Eval;

/// <summary>
/// A question set in a folder: <c>questions.yaml</c> (the judge's case format), <c>knowledge/</c> (the folder the
/// bot serves; without it the shipped knowledge) and <c>set.yaml</c> with <c>now</c>, the moment the bot's clock
/// stands at (an ISO 8601 time with offset), and a line on who wrote the set and when.
/// </summary>
public sealed record EvalSet(string Name, string QuestionsPath, string KnowledgePath, DateTimeOffset Now, string? Written)
{
    /// <summary>The Tuesday morning the development sets are written for (10:00 in Haltern am See).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    public static EvalSet Load(string folder, string shippedKnowledge)
    {
        var full = Path.GetFullPath(folder);
        var questions = Path.Combine(full, "questions.yaml");
        if (!File.Exists(questions))
        {
            throw new FileNotFoundException("A set folder holds questions.yaml", questions);
        }

        var knowledge = Path.Combine(full, "knowledge");
        var now = DefaultNow;
        string? written = null;
        var settings = Path.Combine(full, "set.yaml");
        if (File.Exists(settings))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(settings))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            if (root.Children.TryGetValue(new YamlScalarNode("now"), out var value))
            {
                now = DateTimeOffset.Parse(((YamlScalarNode)value).Value!, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (root.Children.TryGetValue(new YamlScalarNode("written"), out var by))
            {
                written = ((YamlScalarNode)by).Value;
            }
        }

        return new EvalSet(Path.GetFileName(full), questions, Directory.Exists(knowledge) ? knowledge : shippedKnowledge, now, written);
    }
}
