using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace Haltern.Assistant.Understanding;

/// <summary>What the numbers of a knowledge sentence count, and which years in a question name a thing.</summary>
public sealed partial class QuestionReader
{
    /// <summary>Words after a number among which the noun it counts stands ("110 Plätze", "sechs neue ehrenamtliche Fahrerinnen").</summary>
    private const int CountedNounReach = 3;

    /// <summary>The articles (<c>Language/de/articles.txt</c>): a noun after one is not counted by the number before it.</summary>
    private static readonly HashSet<string> Articles = new(Language.WordListFile.Words("de/articles.txt"), StringComparer.Ordinal);

    // Like _held: knowledge sentences only, never a citizen's words, bounded the same way.
    private readonly ConcurrentDictionary<string, IReadOnlyList<CountedNoun>> _counted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _units = new(StringComparer.Ordinal);

    /// <summary>
    /// The nouns the numbers of <paramref name="sentence"/> count: in German a number stands before its noun, with
    /// adjectives between, and a noun is written with a capital, so the first capitalised word within a few words
    /// after a number is what it counts ("Zum Start besuchen 85 Kinder …, … alle 110 Plätze" counts "Kinder" and
    /// "Plätze"; "Nach 16 Monaten Bauzeit" counts "Monaten"). A number followed by no such word counts nothing
    /// named. The sentence is read in German, as the knowledge is written.
    /// </summary>
    public IReadOnlyList<string> CountedNouns(string sentence) => CountedNounPhrases(sentence).Select(c => c.Noun).ToArray();

    /// <summary>
    /// The nouns the numbers of <paramref name="sentence"/> count (see <see cref="CountedNouns"/>), each with the words
    /// between the number and it: its adjectives ("41 ehrenamtliche Mitglieder").
    /// </summary>
    public IReadOnlyList<CountedNoun> CountedNounPhrases(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (_counted.TryGetValue(sentence, out var known))
        {
            return known;
        }

        var nouns = new List<CountedNoun>();
        foreach (var number in NumberRecognizer.RecognizeNumber(sentence, Culture.German))
        {
            if (IndefiniteArticle().IsMatch(number.Text))
            {
                continue;
            }

            var words = Word().Matches(sentence[(number.End + 1)..]).Take(CountedNounReach + 2).Select(m => m.Value).ToArray();
            for (var i = 0; i < Math.Min(words.Length, CountedNounReach); i++)
            {
                // "für das Kindergartenjahr 2027/28 einen Platz": a noun after an article is not the number's.
                if (Articles.Contains(words[i]))
                {
                    break;
                }

                if (char.IsUpper(words[i][0]))
                {
                    var between = words[..i];
                    nouns.Add(new(words[i], between));

                    // Nouns joined by "und"/"oder" share the number: the paired forms of gender-fair German
                    // ("12 Fahrerinnen und Fahrer", "Schülerinnen und Schüler") and plain coordination.
                    if (i + 2 < words.Length && words[i + 1] is "und" or "oder" && char.IsUpper(words[i + 2][0]))
                    {
                        nouns.Add(new(words[i + 2], between));
                    }

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
    /// The word right after each number of <paramref name="sentence"/>, whatever its case, without punctuation: the
    /// unit of a measure ("76 Zentimeter", "3,2 km", "640 Prozent", "28 Jahre"). Read in German, as the knowledge is.
    /// </summary>
    public IReadOnlyList<string> NumberUnits(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (_units.TryGetValue(sentence, out var known))
        {
            return known;
        }

        var units = new List<string>();
        foreach (var number in NumberRecognizer.RecognizeNumber(sentence, Culture.German))
        {
            if (!IndefiniteArticle().IsMatch(number.Text) && NextToken().Match(sentence, number.End + 1) is { Success: true } next)
            {
                units.Add(next.Groups[1].Value.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”'));
            }
        }

        if (_units.Count >= HeldSentencesBound)
        {
            _units.Clear();
        }

        return _units[sentence] = units;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(\S+)")]
    private static partial System.Text.RegularExpressions.Regex NextToken();

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

/// <summary>A noun a number of a sentence counts, and the words between the number and it (its adjectives).</summary>
/// <param name="Noun">The noun, as written.</param>
/// <param name="Between">The words between the number and the noun.</param>
public sealed record CountedNoun(string Noun, IReadOnlyList<string> Between);
