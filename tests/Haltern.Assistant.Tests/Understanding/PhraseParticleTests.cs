using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>Set phrases hold across the modal particles a speaker puts between their words.</summary>
public sealed class PhraseParticleTests
{
    private static readonly QuestionReader Reader = new(new DateUnderstanding());

    private static ReadQuestion Read(string text) => Reader.Read(text, "de-DE", new DateTime(2026, 12, 1, 10, 0, 0));

    [Theory]
    [InlineData("Was ist los in der Stadt?")]
    [InlineData("Was ist denn hier so los?")]
    [InlineData("Moin! Was ist grad so los?")]
    public void A_phrase_with_particles_between_its_words_still_asks_what_is_new(string text)
    {
        Assert.True(Read(text).Has(Cue.WhatsNew));
    }

    [Fact]
    public void A_word_that_is_no_particle_breaks_the_phrase()
    {
        Assert.False(Read("Was ist im Rathaus los?").Has(Cue.WhatsNew));
    }

    [Theory]
    [InlineData("Erzähl mir doch mal was über die Sporthalle")]
    [InlineData("Was gibt es eigentlich über das Hallenbad?")]
    [InlineData("Tell me about the sports hall")]
    public void An_overview_is_asked_with_or_without_particles(string text)
    {
        var read = Read(text);

        Assert.True(read.Has(Cue.Overview));
        Assert.DoesNotContain(read.CueWords, w => w is "Sporthalle" or "Hallenbad" or "sports");
    }

    [Theory]
    [InlineData("Wer hat den genehmigt?")]
    [InlineData("Wann macht die auf?")]
    [InlineData("Und wo ist der?")]
    public void An_article_without_its_noun_points_back(string text)
    {
        Assert.True(Read(text).Has(Cue.RefersBack));
    }

    [Theory]
    [InlineData("Wer hat den Windpark genehmigt?")]
    [InlineData("Wann macht die Bücherei am Samstag auf?")]
    public void An_article_before_its_noun_does_not_point_back(string text)
    {
        Assert.False(Read(text).Has(Cue.RefersBack));
    }
}
