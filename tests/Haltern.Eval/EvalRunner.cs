using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Haltern.Eval;

/// <summary>Plays an eval case against the running bot over HTTP the way the judge does, and checks every rule.</summary>
public static class EvalRunner
{
    /// <summary>The problems found; empty when the case passes.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(HttpClient http, EvalCase evalCase)
    {
        var client = new EmulatorClient(http);
        var problems = new List<string>();
        foreach (var turn in evalCase.Turns)
        {
            var replies = await client.SayAsync(turn.Say);
            var visible = string.Join("\n", replies.Select(EmulatorClient.Visible));
            if (replies.Count == 0 || visible.Trim().Length == 0)
            {
                problems.Add($"'{turn.Say}': no reply");
                continue;
            }

            foreach (var reply in replies)
            {
                problems.AddRange(SpeakProblems(turn.Say, reply));
            }

            problems.AddRange(turn.Expect.Where(p => !Matches(p, visible)).Select(p => $"'{turn.Say}': expected /{p}/ in: {visible}"));
            if (turn.Any.Count > 0 && !turn.Any.Any(p => Matches(p, visible)))
            {
                problems.Add($"'{turn.Say}': expected one of /{string.Join("/, /", turn.Any)}/ in: {visible}");
            }

            problems.AddRange(turn.Forbid.Where(p => Matches(p, visible)).Select(p => $"'{turn.Say}': forbidden /{p}/ in: {visible}"));
        }

        return problems;
    }

    /// <summary>Every reply with text or cards carries speak; SSML speak is well-formed XML.</summary>
    public static IEnumerable<string> SpeakProblems(string said, JsonObject reply)
    {
        var hasContent = !string.IsNullOrEmpty(reply["text"]?.GetValue<string>()) || reply["attachments"] is JsonArray { Count: > 0 };
        var speak = reply["speak"]?.GetValue<string>();
        if (hasContent && string.IsNullOrWhiteSpace(speak))
        {
            yield return $"'{said}': a reply without speak";
            yield break;
        }

        if (speak is not null && speak.TrimStart().StartsWith('<'))
        {
            string? error = null;
            try
            {
                XDocument.Parse(speak);
            }
            catch (System.Xml.XmlException ex)
            {
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return $"'{said}': speak is not well-formed SSML ({error}): {speak}";
            }
        }
    }

    private static bool Matches(string pattern, string text) =>
        Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
}
