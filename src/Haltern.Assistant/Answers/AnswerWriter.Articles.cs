using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>The answers from articles: a sentence with its source, the news list, a whole article.</summary>
internal sealed partial class AnswerWriter
{
    public Reply PassageAnswer(PassageHit hit, KnowledgeIndex index, Service? general)
    {
        var sentences = KnowledgeIndex.Sentences(hit.Article).ToArray();
        var builder = Builder();
        if (hit.Ordinal > 0 && hit.Ordinal < sentences.Length && RefersBack(hit.Sentence))
        {
            builder.Say(sentences[hit.Ordinal - 1]).Say(" ");
        }

        builder.Say(hit.Sentence);
        if (!RefersBack(hit.Sentence) && hit.Ordinal + 1 < sentences.Length && RefersBack(sentences[hit.Ordinal + 1]))
        {
            builder.Say(" ").Say(sentences[hit.Ordinal + 1]); // "… 950.000 Euro … Diese werden sich bis 2022 hinziehen."
        }

        builder.Break();
        builder.Say("_" + _p.Format(_p.Source, hit.Article.Title, hit.Article.Date.ToDateTime(TimeOnly.MinValue)) + "_");
        return builder.Build(ReplyTopic.News, suggestions: [_p.SuggestMore, _p.SuggestNews]);
    }

    /// <summary>The articles as a list with their dates and teasers; where there are none, that there are none.</summary>
    /// <param name="articles">The articles, newest or best first; the newest where the topic found none.</param>
    /// <param name="span">The time asked for, if any.</param>
    /// <param name="spanEmpty">True where the time asked for has no articles (the newest follow).</param>
    /// <param name="index">The index, for the suggestions.</param>
    /// <param name="general">The general contact, for the suggestions.</param>
    /// <param name="beyondAsked">True where the question asks more than the articles say: they follow "Genau das weiß ich leider nicht".</param>
    public Reply NewsList(IReadOnlyList<Article> articles, DateSpan? span, bool spanEmpty, KnowledgeIndex index, Service? general, bool beyondAsked = false)
    {
        var builder = Builder();
        if (articles.Count == 0)
        {
            return builder.Say(_p.NoNews).Build(ReplyTopic.News, suggestions: Suggestions(index, general));
        }

        builder.Say(beyondAsked ? _p.NewsBeyondAsked : spanEmpty ? _p.NoNewsInSpan : span is not null ? _p.Format(_p.NewsInSpan, Describe(span)) : _p.NewsHeading);
        builder.Write("\n");
        foreach (var article in articles.Take(NewsListLength))
        {
            builder.Write($"\n- **{article.Title}** ({_p.Date(article.Date)})");
            if (article.Teaser is { Length: > 0 } teaser)
            {
                builder.Write(": " + Shorten(teaser, TeaserLength));
            }
        }

        var first = articles[0];
        builder.Speak(" " + _p.Format(_p.NewsSpeakFirst, first.Title, first.Date.ToDateTime(TimeOnly.MinValue)));
        foreach (var more in articles.Skip(1).Take(2))
        {
            builder.Speak(" " + _p.Format(_p.NewsSpeakMore, more.Title));
        }

        builder.Break().Say(_p.AskMore);
        return builder.Build(ReplyTopic.News, suggestions: [_p.SuggestMore], expectsInput: true);
    }

    public Reply ArticleDetail(Article article)
    {
        var builder = Builder();
        builder.Say($"**{article.Title}**").Write($" ({_p.Date(article.Date)})").Break();
        var paragraphs = article.Paragraphs.Prepend(article.Teaser).OfType<string>().ToArray();
        var spoken = 0;
        foreach (var paragraph in paragraphs)
        {
            if (spoken++ == 0)
            {
                builder.Say(paragraph);
            }
            else
            {
                builder.Write(paragraph);
            }

            builder.Write("\n\n");
        }

        if (paragraphs.Length > 1)
        {
            builder.Speak(" " + _p.ReadOnline);
        }

        if (article.Source is { Length: > 0 } source)
        {
            builder.Write("_" + source + "_");
        }

        return builder.Build(ReplyTopic.News, suggestions: [_p.SuggestNews]);
    }

    /// <summary>An article in short: its title and date, its teaser and its first paragraph, and the offer of more.</summary>
    public Reply ArticleOverview(Article article)
    {
        var builder = Builder();
        builder.Say($"**{article.Title}**").Write($" ({_p.Date(article.Date)})").Break();
        foreach (var paragraph in new[] { article.Teaser, article.Paragraphs.FirstOrDefault() }.OfType<string>().Where(p => p.Length > 0))
        {
            builder.Say(paragraph).Write("\n\n");
        }

        builder.Say(" " + _p.AskMore);
        return builder.Build(ReplyTopic.News, suggestions: [_p.SuggestMore, _p.SuggestNews], expectsInput: true);
    }

    private string Describe(DateSpan span)
    {
        var start = span.Start.ToDateTime(TimeOnly.MinValue);
        if (span.IsSingleDay)
        {
            return _p.Format(_english ? "on {0:MMMM d, yyyy}" : "vom {0:d. MMMM yyyy}", start);
        }

        if (span.Start.Day == 1 && span.End == span.Start.AddMonths(1))
        {
            return _p.Format(_english ? "from {0:MMMM yyyy}" : "aus dem {0:MMMM yyyy}", start);
        }

        return _p.Format(_english ? "from {0:MMMM d, yyyy} to {1:MMMM d, yyyy}" : "vom {0:d. MMMM yyyy} bis {1:d. MMMM yyyy}", start, span.End.AddDays(-1).ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>True when a sentence opens with a word that points back ("Diese", "Dazu"): it is answered with the one before it.</summary>
    internal static bool RefersBack(string sentence)
    {
        var first = sentence.Split(' ', 2)[0].Trim(',', '.', ':');
        return first is "Dazu" or "Diese" or "Dieser" or "Dieses" or "Diesen" or "Diesem" or "Dies" or "Damit" or "Dabei" or "Davon" or "Hier" or "Sie" or "Er" or "Es" or "Das"
            or "This" or "These" or "It" or "They";
    }

    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)] + " …";
    }
}
