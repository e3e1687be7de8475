using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace Haltern.Assistant.Understanding;

/// <summary>What the numbers of a knowledge sentence count, and which years in a question name a thing.</summary>
public sealed partial class QuestionReader
{
    /// <summary>Words after a number among which the noun it counts stands ("110 Plätze", "sechs neue ehrenamtliche Fahrerinnen").</summary>
    private const int CountedNounReach = 3;

    // Like _held: knowledge sentences only, never a citizen's words, bounded the same way.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _counted = new(StringComparer.Ordinal);

    /// <summary>
    /// The nouns the numbers of <paramref name="sentence"/> count: in German a number stands before its noun, with
    /// adjectives between, and a noun is written with a capital, so the first capitalised word within a few words
    /// after a number is what it counts ("Zum Start besuchen 85 Kinder …, … alle 110 Plätze" counts "Kinder" and
    /// "Plätze"; "Nach 16 Monaten Bauzeit" counts "Monaten"). A number followed by no such word counts nothing
    /// named. The sentence is read in German, as the knowledge is written.
    /// </summary>
    public IReadOnlyList<string> CountedNouns(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (_counted.TryGetValue(sentence, out var known))
        {
            return known;
        }

        var nouns = new List<string>();
        foreach (var number in NumberRecognizer.RecognizeNumber(sentence, Culture.German))
        {
            if (IndefiniteArticle().IsMatch(number.Text))
            {
                continue;
            }

            foreach (var word in Word().Matches(sentence[(number.End + 1)..]).Take(CountedNounReach))
            {
                if (char.IsUpper(word.Value[0]))
                {
                    nouns.Add(word.Value);
                    break;
                }
            }
        }

        if (_counted.Count >= HeldSentencesBound)
        {
            _counted.Clear();
        }

        return _counted[sentence] = nouns;
    }

    /// <summary>
    /// True when every date the recognizers read is a bare year that follows a noun, which it names rather than
    /// dates ("Haushalt 2027", "Abfallkalender 2027"): a noun before a year is no date word ("im Jahr 2025", "im
    /// Juni 2020" stay dates; <c>date-context.txt</c> and <c>markers/months.txt</c>), and the question is about
    /// that thing, whatever day it is asked on.
    /// </summary>
    private static bool YearsNameThings(string text, IReadOnlyList<string> mentions)
    {
        if (mentions.Count == 0)
        {
            return false;
        }

        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        foreach (var mention in mentions)
        {
            var year = mention.Trim();
            var at = Array.IndexOf(words, year);
            if (year.Length != 4 || !year.All(char.IsAsciiDigit) || at < 1)
            {
                return false;
            }

            var before = words[at - 1];
            if (!char.IsUpper(before[0]) || DateUnderstanding.CanBelongToADate(before) || SentenceMarkers.IsMonth(Lexicon.Fold(before)))
            {
                return false;
            }
        }

        return true;
    }
}
