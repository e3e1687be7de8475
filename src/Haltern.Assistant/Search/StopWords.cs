using Haltern.Assistant.Language;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;

namespace Haltern.Assistant.Search;

/// <summary>
/// The words the analyzer drops. <see cref="Index"/>: words that carry no topic in any text, left out of the index
/// and of questions (Lucene's German and English stop words, and the function words they leave in,
/// <c>Language/*/stopwords-index.txt</c>), but for the nouns Lucene's German list drops as function words
/// (<see cref="Nouns"/>: "der Weg" of "Radweg", dropped only as the lower-case "weg"). <see cref="Question"/>: words
/// that carry no topic in a question though they may in a text (light verbs, hedges, forms of address,
/// <c>Language/*/stopwords-question.txt</c>), left out of questions only. Loaded once.
/// </summary>
public static class StopWords
{
    private static readonly Lazy<CharArraySet> IndexWords = new(() =>
    {
        var set = WordListFile.Load("de/stopwords-index.txt", "en/stopwords-index.txt");
        set.UnionWith(GermanAnalyzer.DefaultStopSet.Where(w => !Nouns.Contains(w)));
        set.UnionWith(StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        return set.AsReadOnly();
    });

    private static readonly Lazy<CharArraySet> QuestionWords = new(() =>
        WordListFile.Load("de/stopwords-question.txt", "en/stopwords-question.txt").AsReadOnly());

    private static readonly Lazy<CharArraySet> NounWords = new(() =>
        new CharArraySet(GermanTextAnalyzer.Version, WordListFile.Words("de/stopwords-nouns.txt").ToArray(), ignoreCase: false).AsReadOnly());

    /// <summary>
    /// Nouns Lucene's German stop words drop as function words (<c>Language/de/stopwords-nouns.txt</c>): matched as
    /// written, so the function word in lower case ("muss weg") is dropped and the capitalised noun ("der Weg") kept.
    /// </summary>
    public static CharArraySet Nouns => NounWords.Value;

    /// <summary>Words no text is about.</summary>
    public static CharArraySet Index => IndexWords.Value;

    /// <summary>Words no question is about, beyond <see cref="Index"/>.</summary>
    public static CharArraySet Question => QuestionWords.Value;
}
