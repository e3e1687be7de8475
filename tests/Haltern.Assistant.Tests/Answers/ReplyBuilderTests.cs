using System.Xml.Linq;
using Haltern.Assistant.Answers;

namespace Haltern.Assistant.Tests.Answers;

public sealed class ReplyBuilderTests
{
    private static readonly XNamespace Ssml = "http://www.w3.org/2001/10/synthesis";

    [Fact]
    public void Build_phone_number_is_written_as_given_and_spoken_as_telephone_digits()
    {
        var reply = new ReplyBuilder(english: false).Say("Telefon: ").Phone("02364 933-180").Build(ReplyTopic.Service);

        Assert.Equal("Telefon: 02364 933-180", reply.Text);
        var speak = XDocument.Parse(reply.Speak).Root!;
        Assert.Equal("de-DE", speak.Attribute(XNamespace.Xml + "lang")!.Value);
        var sayAs = Assert.Single(speak.Elements(Ssml + "say-as"));
        Assert.Equal("telephone", sayAs.Attribute("interpret-as")!.Value);
        Assert.Equal("02364 933 180", sayAs.Value);
    }

    [Fact]
    public void Build_markdown_urls_and_mail_are_written_but_not_spoken()
    {
        var reply = new ReplyBuilder(english: true)
            .Say("**Standesamt** – see https://example.org/amt or mail amt@example.org & ask <now>")
            .Build(ReplyTopic.Service);

        Assert.Contains("https://example.org/amt", reply.Text, StringComparison.Ordinal);
        var spoken = XDocument.Parse(reply.Speak).Root!.Value;
        Assert.DoesNotContain("**", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", spoken, StringComparison.Ordinal);
        Assert.Contains("& ask <now>", spoken, StringComparison.Ordinal);
        Assert.Equal("en-US", reply.Locale);
    }

    [Fact]
    public void Build_write_and_speak_go_only_where_they_belong()
    {
        var reply = new ReplyBuilder(english: false).Say("A").Write(" (nur Text)").Speak(" nur Sprache").Build(ReplyTopic.News, answered: false, expectsInput: true);

        Assert.Equal("A (nur Text)", reply.Text);
        Assert.Equal("A nur Sprache", XDocument.Parse(reply.Speak).Root!.Value);
        Assert.False(reply.Answered);
        Assert.True(reply.ExpectsInput);
    }
}
