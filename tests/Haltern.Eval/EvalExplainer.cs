using System.Globalization;
using System.Text;
using Haltern.Assistant;
using Haltern.Assistant.Answers;
using Haltern.Assistant.Answers.Strategies;
using Microsoft.Extensions.DependencyInjection;

namespace Haltern.Eval;

/// <summary>
/// For a failing case (<c>--explain</c>): the conversation replayed on the host's own assistant, and for each turn
/// how the question was read (cues, answer type, terms) and what every strategy proposed, with the best sentences
/// the passage search found and whether each holds the kind of answer asked for. For reading why, not for tuning
/// on a held-out set.
/// </summary>
internal static class EvalExplainer
{
    private const int Shown = 6;

    public static string Explain(EvalHost host, EvalCase evalCase)
    {
        var assistant = ActivatorUtilities.CreateInstance<CitizenAssistant>(host.Services); // the host wraps its own in a recorder
        var memory = new ConversationMemory();
        var text = new StringBuilder();
        foreach (var turn in evalCase.Turns)
        {
            var context = assistant.Context(turn.Say, memory);
            var question = context.Question;
            text.AppendLine(CultureInfo.InvariantCulture, $"       > {turn.Say}");
            text.AppendLine(CultureInfo.InvariantCulture, $"         asked {question.Asked}, type {question.AnswerType}, cues {question.Read.Cues}, refers to {question.RefersTo}");
            text.AppendLine("         terms " + string.Join(", ", question.Terms.Select(t => (t.IsCue ? "cue:" : string.Empty) + t.Term + (t.Parts.Count > 1 ? "[" + string.Join('|', t.Parts) + "]" : string.Empty))));
            foreach (var candidate in AnswerDispatcher.Default.Candidates(context))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"         {candidate.Strategy,-10} {candidate.Score:0.00} {candidate.Evidence}");
            }

            foreach (var passage in context.Passages.Take(Shown))
            {
                var whyNot = question.Wanted == Haltern.Assistant.Understanding.Cue.None ? null : PassageEvidence.WhyNot(context, passage, question.Wanted);
                var sentence = passage.Sentence.Length > 110 ? passage.Sentence[..110] + "…" : passage.Sentence;
                text.AppendLine(CultureInfo.InvariantCulture, $"           {passage.Coverage:0.00} {whyNot ?? "holds"} {passage.Article.Id}#{passage.Ordinal}: {sentence}");
            }

            if (question.Wanted != Haltern.Assistant.Understanding.Cue.None && context.Passages.Count > 0)
            {
                AppendArticle(text, context, context.Passages[0].Article);
            }

            assistant.AnswerAsync(new Question(turn.Say, null), memory, CancellationToken.None).GetAwaiter().GetResult();
        }

        return text.ToString();
    }

    /// <summary>The best sentence's article as a whole: its coverage against the bar, and why each of its sentences does or does not answer.</summary>
    private static void AppendArticle(StringBuilder text, AnswerContext context, Haltern.Assistant.Knowledge.Article article)
    {
        var whole = context.Coverage("a:" + article.Id, Haltern.Assistant.Search.KnowledgeSearch.ArticleText(article));
        text.AppendLine(CultureInfo.InvariantCulture, $"         article {article.Id} covers {whole:0.00} (bar {context.MinCoverage:0.00}){(context.LacksAThingNamed(article) ? ", lacks a thing named" : string.Empty)}");
        var sentences = Haltern.Assistant.Search.KnowledgeIndex.Sentences(article);
        for (var ordinal = 0; ordinal < sentences.Count; ordinal++)
        {
            var hit = new Haltern.Assistant.Search.PassageHit(article, sentences[ordinal], ordinal, 0, 0);
            var sentence = sentences[ordinal].Length > 100 ? sentences[ordinal][..100] + "…" : sentences[ordinal];
            text.AppendLine(CultureInfo.InvariantCulture, $"             #{ordinal} {PassageEvidence.WhyNot(context, hit, context.Question.Wanted) ?? "holds"}: {sentence}");
        }
    }
}
