using Haltern.Assistant;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// Turns an answered request into a knowledge file (<c>services/anfrage-&lt;slug&gt;.md</c>: the title, the question
/// under <c>questions</c>, the answer as the body; nobody's name), written as the import command writes, so live
/// reload serves it.
/// </summary>
public sealed class KnowledgeFromAnswers
{
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    private readonly Func<string> _folder;

    public KnowledgeFromAnswers(IOptions<KnowledgeOptions> knowledge, ContentRoot contentRoot)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(contentRoot);
        var configured = knowledge.Value.Path;
        _folder = () => KnowledgeFolder.Resolve(configured, contentRoot.Path);
    }

    /// <summary>Writes a new file (never over an existing one) and returns its path below the knowledge folder.</summary>
    public async Task<string> SaveAsync(string title, string question, string answer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        var folder = Path.Combine(_folder(), KnowledgeLoader.ServicesFolder);
        Directory.CreateDirectory(folder);
        var slug = "anfrage-" + KnowledgeFileWriter.Slug(title);
        var name = slug + ".md";
        for (var i = 2; File.Exists(Path.Combine(folder, name)); i++)
        {
            name = $"{slug}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}.md";
        }

        await KnowledgeFileWriter.WriteAtomicallyAsync(Path.Combine(folder, name), Text(title, question, answer), cancellationToken);
        return KnowledgeLoader.ServicesFolder + "/" + name;
    }

    /// <summary>The file's text: front matter written with YamlDotNet (quoting whatever needs it), then the answer.</summary>
    internal static string Text(string title, string question, string answer)
    {
        var front = new YamlMappingNode
        {
            { "title", new YamlScalarNode(OneLine(title)) },
            { "questions", new YamlSequenceNode(new YamlScalarNode(OneLine(question))) },
        };
        var header = Yaml.Serialize(front).ReplaceLineEndings("\n").TrimEnd('\n');
        return "---\n" + header + "\n---\n" + answer.ReplaceLineEndings("\n").Trim() + "\n";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
