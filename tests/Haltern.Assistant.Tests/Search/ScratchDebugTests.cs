using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Xunit.Abstractions;

namespace Haltern.Assistant.Tests.Search;

public sealed class ScratchDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        Thesaurus.Loaded();
        var set = new KnowledgeLoader().Load(Path.GetFullPath("../../../../../knowledge"));
        using var index = KnowledgeIndex.Build(set);
        var search = new KnowledgeSearch();
        foreach (var q in new[] { "Wie viele Einwohner hat Haltern?", "Wie ist das Wetter in Haltern?", "Was ist aktuell los in Haltern?", "Wann fängt die Umsetzung an?" })
        {
            var terms = search.Terms(index, q, []);
            output.WriteLine(q + " => " + string.Join(" | ", terms.Select(t => $"{t.Term} syn[{string.Join(",", t.Synonyms)}] parts[{string.Join(",", t.Parts)}] forms[{string.Join(",", t.Forms)}] fuzzy={t.Fuzzy}")));
            foreach (var s in search.Services(index, terms).Take(2)) output.WriteLine($"  S {s.Service.Title} {s.Coverage:F2} {s.Score:F2}");
            foreach (var p in search.Passages(index, terms).Take(2)) output.WriteLine($"  P {p.Sentence[..Math.Min(60, p.Sentence.Length)]} {p.Coverage:F2} {p.Score:F2}");
        }
        output.WriteLine(string.Join(",", index.TextAnalyzer.Terms(string.Join("\n", set.Services.Single(s => s.Id.Contains("datenschutz")).Paragraphs))));
    }
}
