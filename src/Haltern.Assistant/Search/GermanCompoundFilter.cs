using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// Adds the parts of a German compound after it, at its position: "hundesteuerbescheid" also as "hund", "steuer",
/// "bescheid". Built on Lucene's <see cref="CompoundWordTokenFilterBase"/>, but a word is split only where it is
/// wholly made of dictionary words (<see cref="CompoundParts"/>), joined by the linking letters of German compounds
/// ("Arbeit|s|speicher", "Frau|en|haus") and ending in an inflection ("Bürger|meisters"). Lucene's
/// <see cref="DictionaryCompoundWordTokenFilter"/> adds every dictionary word found anywhere inside a word, which
/// makes "Minute" also "Nute" and "Antwort" "Wort", and so texts meet questions they have nothing to do with.
/// Of several splits the one with the fewest parts is taken; a part that is itself a compound of dictionary words adds
/// its own parts ("Rest|abfalltonne": also "Abfall", "Tonne"), and a dictionary word that is one adds its last part,
/// the thing it is a kind of ("Mülltonne": "Tonne").
/// </summary>
internal sealed class GermanCompoundFilter : CompoundWordTokenFilterBase
{
    /// <summary>The letters that may join two parts: "Arbeit|s|zeit", "Frau|en|haus", "Kind|er|garten".</summary>
    private static readonly string[] Linking = ["", "s", "es", "n", "en", "er", "e", "ns"];

    /// <summary>The endings the last part may carry: "Bürger|meisters", "Stadt|teilen".</summary>
    private static readonly string[] Endings = ["", "e", "en", "n", "s", "es", "er", "ern", "nen"];

    /// <summary>What may follow a part, inside a compound or at its end: the linking letters and the endings.</summary>
    internal static readonly string[] LinkingOrEndings = [.. Linking.Union(Endings)];

    private const int MaxParts = 4;

    public GermanCompoundFilter(TokenStream input, CharArraySet dictionary)
        : base(GermanTextAnalyzer.Version, input, dictionary, minWordSize: 2 * CompoundParts.MinPartLength, minSubwordSize: CompoundParts.MinPartLength, maxSubwordSize: 32, onlyLongestMatch: false)
    {
    }

    protected override void Decompose()
    {
        var length = m_termAtt.Length;
        var word = new string(m_termAtt.Buffer, 0, length);
        if (!word.All(char.IsLetter))
        {
            return;
        }

        var parts = Split(word, m_dictionary);
        if (parts.Count == 0 && Split(word, m_dictionary, whole: false) is [.., var head])
        {
            // A dictionary word that is itself a compound of dictionary words is a kind of its last part ("Mülltonne"
            // a "Tonne", "Stichwahl" a "Wahl"), not of its first (a Mülltonne is no "Müll").
            parts = [head];
        }

        foreach (var (start, partLength) in parts)
        {
            m_tokens.Enqueue(new CompoundToken(this, start, partLength));
            AddPartsOf(word, start, partLength);
        }
    }

    /// <summary>
    /// Adds the parts of the part word[start..start+length] where that part is itself a compound of dictionary words,
    /// and theirs: "Restabfalltonne" is "Rest" and "Abfalltonne" (the fewest parts), and so also "Abfall" and "Tonne".
    /// </summary>
    private void AddPartsOf(string word, int start, int length)
    {
        if (length < 2 * CompoundParts.MinPartLength)
        {
            return;
        }

        foreach (var (partStart, partLength) in Split(word.Substring(start, length), m_dictionary, whole: false))
        {
            m_tokens.Enqueue(new CompoundToken(this, start + partStart, partLength));
            AddPartsOf(word, start + partStart, partLength);
        }
    }

    /// <summary>
    /// The parts (start, length) of <paramref name="word"/>, fewest first; none when it is no compound of dictionary
    /// words. Unless <paramref name="whole"/>, a word of the dictionary is split too (into two parts at least).
    /// </summary>
    internal static IReadOnlyList<(int Start, int Length)> Split(string word, CharArraySet dictionary, bool whole = true)
    {
        var min = CompoundParts.MinPartLength;
        var chars = word.ToCharArray();

        // best[i]: the fewest parts that make up word[i..] (with linking letters between and an ending after them)
        var best = new List<(int, int)>?[word.Length + 1];
        for (var i = word.Length - min; i >= 0; i--)
        {
            for (var end = word.Length; end >= i + min; end--)
            {
                // A plural's umlaut stands on the last part only ("Betreuungsplätze"); a first part with an umlaut
                // the dictionary lacks is another word ("Räum-" of "räumen" is no "Raum").
                var rest = word.AsSpan(end);
                var held = dictionary.Contains(chars, i, end - i);
                if (!held && !(IsEnding(rest) && WithoutPluralUmlaut(dictionary, chars, i, end - i)))
                {
                    continue;
                }

                List<(int, int)>? candidate = null;
                foreach (var ending in Endings)
                {
                    if (rest.SequenceEqual(ending) && (whole || i > 0))
                    {
                        candidate = [(i, end - i)];
                        break;
                    }
                }

                foreach (var link in Linking)
                {
                    if (candidate is { Count: 1 } || !held)
                    {
                        break;
                    }

                    var next = end + link.Length;
                    if (next < word.Length && rest.StartsWith(link, StringComparison.Ordinal) && best[next] is { } after && after.Count < MaxParts
                        && (candidate is null || after.Count + 1 < candidate.Count))
                    {
                        candidate = [(i, end - i), .. after];
                    }
                }

                if (candidate is not null && (best[i] is null || candidate.Count < best[i]!.Count))
                {
                    best[i] = candidate;
                }
            }
        }

        return best[0] is { Count: >= 2 } parts ? parts : [];
    }

    private static bool IsEnding(ReadOnlySpan<char> rest)
    {
        foreach (var ending in Endings)
        {
            if (rest.SequenceEqual(ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when chars[start..start+length] is a dictionary word but for the umlaut a German plural puts on its last
    /// vowel ("Plätze" of "Platz", "Höfe" of "Hof", "Häuser" of "Haus", "Gärten" of "Garten"): "Betreuungsplätze"
    /// is "Betreuung" and "Plätze".
    /// </summary>
    private static bool WithoutPluralUmlaut(CharArraySet dictionary, char[] chars, int start, int length)
    {
        // The umlaut of a plural stands on the stem's last full vowel ("Plätze", "Häuser", "Gärten"): only that one is taken back.
        for (var i = start + length - 1; i >= start; i--)
        {
            var plain = chars[i] switch { 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', _ => '\0' };
            if (plain == '\0')
            {
                continue;
            }

            var copy = new char[length];
            Array.Copy(chars, start, copy, 0, length);
            copy[i - start] = plain;
            return dictionary.Contains(copy, 0, length);
        }

        return false;
    }
}
