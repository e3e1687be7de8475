using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>
/// In a message all in lower case, the words that look like nouns (the compound dictionary's, or ending in one) name
/// things and the rest say what happens; a participle whose end spells a noun ("mitgemacht": "Macht") is a verb.
/// </summary>
public sealed class QuestionReaderVerbWordsTests
{
    [Theory]
    [InlineData("mitgemacht")]
    [InlineData("gemacht")]
    [InlineData("abgeholt")]
    public void A_participle_is_no_noun(string word) => Assert.False(QuestionReader.LooksLikeANoun(word));

    [Theory]
    [InlineData("sperrmüll")]
    [InlineData("gewerbegebiet")]
    [InlineData("macht")]
    public void A_noun_or_a_compound_ending_in_one_is_a_noun(string word) => Assert.True(QuestionReader.LooksLikeANoun(word));

    [Fact]
    public void A_lower_case_participle_is_among_the_verbs()
    {
        var words = "wer hat beim stadtlauf alles mitgemacht".Split(' ');

        Assert.Contains("mitgemacht", QuestionReader.VerbWords(words, lowerCase: true));
    }
}
