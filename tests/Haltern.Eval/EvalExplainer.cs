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

            assistant.AnswerAsync(new Question(turn.Say, null), memory, CancellationToken.None).GetAwaiter().GetResult();
        }

        return text.ToString();
    }
}
