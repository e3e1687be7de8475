using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class GlossaryTests
{
    [Fact]
    public void A_phrase_gives_both_its_words_the_phrases_german()
    {
        var found = Glossary.Translate("How long is the new cycle path?");

        Assert.Equal(["cycle", "path"], found.Select(f => f.Word));
        Assert.All(found, f => Assert.Contains("Radweg", f.German));
    }

    [Theory]
    [InlineData("Which schools get wifi?", "schools", "Schule")]
    [InlineData("Who runs the libraries?", "libraries", "Bücherei")]
    [InlineData("When is the Christmas market?", "market", "Weihnachtsmarkt")]
    [InlineData("How much does the pool renovation cost?", "renovation", "Sanierung")]
    [InlineData("Where can I apply for a passport?", "apply", "beantragen")]
    [InlineData("Who is the mayor of the town?", "mayor", "Bürgermeister")]
    [InlineData("Tell me about the flood protection project", "flood", "Hochwasserschutz")]
    [InlineData("Why does the village need a new fire station?", "fire", "Feuerwache")]
    [InlineData("How much is a library card for adults?", "library", "Bibliotheksausweis")]
    [InlineData("When will the fibre network be finished?", "fibre", "Glasfaser")]
    [InlineData("Why are the waste fees going up?", "waste", "Abfallgebühren")]
    [InlineData("How many stalls does the market have?", "stalls", "Stand")]
    [InlineData("How many building plots are there?", "building", "Bauplatz")]
    public void A_word_or_its_singular_gives_its_german(string text, string word, string german)
    {
        var found = Glossary.Translate(text);

        Assert.Contains(found, f => f.Word == word && f.German.Contains(german));
    }

    [Theory]
    [InlineData("Who won the sports award?", "won", "gewinnen")]
    [InlineData("When did they decide on the budget?", "decide", "beschließen")]
    [InlineData("Who decided on the new road?", "decided", "beschließen")]
    [InlineData("How many families joined in?", "joined", "teilnehmen")]
    [InlineData("Who is organising the fair?", "organising", "organisieren")]
    [InlineData("When were the trees planted?", "planted", "pflanzen")]
    [InlineData("Who applied for the grant?", "applied", "beantragen")]
    [InlineData("When was the tower built?", "built", "bauen")]
    public void A_verbs_other_form_gives_its_base_forms_german(string text, string word, string german)
    {
        var found = Glossary.Translate(text);

        Assert.Contains(found, f => f.Word == word && f.German.Contains(german));
    }

    [Fact]
    public void A_phrasal_verbs_other_form_gives_the_phrases_german()
    {
        var found = Glossary.Translate("When were the prizes handed out?");

        Assert.Contains(found, f => f.Word == "handed" && f.German.Contains("verteilen"));
    }

    [Theory]
    [InlineData("Where can I bring old clothes?", "old")]
    public void A_phrase_written_in_the_plural_is_found_as_written(string text, string word)
    {
        var found = Glossary.Translate(text);

        Assert.Contains(found, f => f.Word == word);
    }

    [Fact]
    public void Words_it_does_not_know_give_nothing()
    {
        Assert.Empty(Glossary.Translate("Wie spät ist es in Tokio?"));
    }
}
