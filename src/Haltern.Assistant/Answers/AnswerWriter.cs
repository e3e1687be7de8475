using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>Composes replies from knowledge items: every fact in a reply is a field or a sentence of a file.</summary>
internal sealed class AnswerWriter
{
    private const int NewsListLength = 5;
    private const int TeaserLength = 220;

    private readonly Phrases _p;
    private readonly bool _english;
    private readonly OpeningCalendar? _calendar;
    private HoursAnswer? _hoursAnswer;

    /// <param name="english">Whether to answer in English.</param>
    /// <param name="calendar">The calendar hours are answered from; a writer that answers no hours (a welcome, a cut) needs none.</param>
    public AnswerWriter(bool english, OpeningCalendar? calendar = null)
    {
        _english = english;
        _p = english ? Phrases.English : Phrases.German;
        _calendar = calendar;
    }

    private HoursAnswer HoursWriter => _hoursAnswer ??= new HoursAnswer(
        _english, _calendar ?? throw new InvalidOperationException("An AnswerWriter that answers about hours needs the OpeningCalendar."));

    public ReplyBuilder Builder() => new(_english);

    public Reply Welcome(KnowledgeIndex index, Service? general) =>
        Builder().Say(_p.Welcome).Say(" ").Say(Offer(index, general)).Build(ReplyTopic.SmallTalk, suggestions: Suggestions(index, general));

    public Reply SmallTalk(Cue cue, KnowledgeIndex index, Service? general)
    {
        var builder = Builder();
        if ((cue & Cue.Thanks) != 0)
        {
            return builder.Say(_p.Thanks).Build(ReplyTopic.SmallTalk, suggestions: Suggestions(index, general), expectsInput: true);
        }

        if ((cue & Cue.Goodbye) != 0)
        {
            return builder.Say(_p.Goodbye).Build(ReplyTopic.SmallTalk);
        }

        var opening = (cue & Cue.Greeting) != 0 ? _p.Greeting + " " : string.Empty;
        return builder.Say(opening).Say(Offer(index, general)).Build(ReplyTopic.SmallTalk, suggestions: Suggestions(index, general));
    }

    public Reply NotUnderstood(KnowledgeIndex index, Service? general) =>
        Builder().Say(_p.NotUnderstood).Say(" ").Say(Offer(index, general))
            .Build(ReplyTopic.Unknown, answered: false, suggestions: Suggestions(index, general));

    /// <summary>
    /// The honest "I don't know", with the general contact as the way onward; <paramref name="known"/>: the topic is
    /// known, what is asked about it is not ("Das weiß ich leider nicht").
    /// </summary>
    public Reply NoAnswer(KnowledgeIndex index, Service? general, bool known = false)
    {
        var builder = Builder().Say(known ? _p.NotKnown : _p.NoInformation);
        if (general is not null)
        {
            builder.Break().Say(_p.Onward).Say(" ");
            ContactLine(builder, general);
        }

        return builder.Build(ReplyTopic.Unknown, answered: false, suggestions: Suggestions(index, general));
    }

    public Reply AskWhichService(KnowledgeIndex index, Service? general) =>
        Builder().Say(_p.WhichService).Say(" ").Say(string.Join(", ", MainServices(index, general).Select(s => s.Title)) + ".")
            .Build(ReplyTopic.Service, suggestions: MainServices(index, general).Select(s => s.Title).ToArray(), expectsInput: true);

    public Reply GeneralContact(Service general, KnowledgeIndex index)
    {
        var builder = Builder().Say(_p.AskContact).Say(" ");
        ContactLine(builder, general);
        return builder.Build(ReplyTopic.Service, suggestions: Suggestions(index, general));
    }

    /// <summary>
    /// A service answer: the fields the question asks for, or all of them; <paramref name="sentence"/> is the
    /// service's own sentence on what else the question asks, if any.
    /// </summary>
    public Reply ServiceAnswer(
        Service service, Cue cues, DateSpan? day, bool next, DateTime now, Service? general, KnowledgeIndex index, string? sentence = null, TimeOnly? time = null,
        bool timeIsEnd = false, DayPart? part = null)
    {
        var builder = Builder();
        builder.Say($"**{service.Title}**").Break();
        var asked = cues & (Cue.Phone | Cue.Email | Cue.Address | Cue.Hours | Cue.Person);
        if ((cues & Cue.Contact) != 0 && asked == Cue.None)
        {
            // "Wie erreiche ich …?": the ways to reach it; where a file has none ("Kann ich den Bürgermeister
            // sprechen?"), when it is there and who gives appointments.
            asked = HasAny(service, Cue.Phone | Cue.Email | Cue.Address) ? Cue.Phone | Cue.Email | Cue.Address : Cue.Hours;
        }

        if ((cues & Cue.When) != 0 || day is not null || next || part is not null)
        {
            asked |= Cue.Hours;
        }

        var topic = (asked & Cue.Hours) != 0 ? ReplyTopic.Hours : ReplyTopic.Service;
        if (asked == Cue.None)
        {
            Body(builder, service, sentences: 3);
            Fields(builder, service, Cue.Phone | Cue.Email | Cue.Address | Cue.Person | Cue.Hours, general, quietWhenMissing: true, now);
        }
        else
        {
            // Hours the file does not give are answered with the opening of its text, which may be this sentence.
            var inBody = (asked & Cue.Hours) != 0 && service.Hours.IsEmpty
                && KnowledgeIndex.Sentences(service).Take(NoHoursBodySentences).Contains(sentence);
            if (sentence is not null && !inBody)
            {
                builder.Say(sentence).Break();
            }

            if ((asked & Cue.Hours) != 0)
            {
                Hours(builder, service, new HoursAsked(day, part, next, (cues & Cue.Closed) != 0, time, timeIsEnd), now, general);
            }

            Fields(builder, service, asked & ~Cue.Hours, general, quietWhenMissing: false, now);
        }

        return builder.Build(topic, suggestions: Suggestions(index, general));
    }

    /// <summary>"Hat das Bürgerbüro jetzt geöffnet?": open or closed now, until when, or when next.</summary>
    public Reply OpenNow(Service service, DateTime now, Service? general, KnowledgeIndex index, bool closedAsked = false)
    {
        var builder = Builder();
        builder.Say($"**{service.Title}**").Break();
        HoursWriter.OpenNow(builder, service, now, closedAsked);
        return builder.Build(ReplyTopic.Hours, suggestions: Suggestions(index, general));
    }

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

    public Reply NewsList(IReadOnlyList<Article> articles, DateSpan? span, bool spanEmpty, KnowledgeIndex index, Service? general)
    {
        var builder = Builder();
        if (articles.Count == 0)
        {
            return builder.Say(_p.NoNews).Build(ReplyTopic.News, suggestions: Suggestions(index, general));
        }

        builder.Say(spanEmpty ? _p.NoNewsInSpan : span is not null ? _p.Format(_p.NewsInSpan, Describe(span)) : _p.NewsHeading);
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

    /// <summary>The reply, prefixed with the note that an over-long message was cut.</summary>
    public Reply Cut(Reply reply) => reply with
    {
        Text = _p.Cut + "\n\n" + reply.Text,
        Speak = ReplyBuilder.Ssml(ReplyBuilder.SpeakableText(_p.Cut) + " " + InnerSsml(reply.Speak), reply.Locale),
    };

    private static string InnerSsml(string ssml)
    {
        var start = ssml.IndexOf('>') + 1;
        var end = ssml.LastIndexOf("</speak>", StringComparison.Ordinal);
        return start > 0 && end >= start ? ssml[start..end] : string.Empty;
    }

    private void Body(ReplyBuilder builder, Service service, int sentences)
    {
        var text = string.Join(' ', KnowledgeIndex.Sentences(service).Take(sentences));
        if (text.Length > 0)
        {
            builder.Say(text).Break();
        }
    }

    private void Fields(ReplyBuilder builder, Service service, Cue asked, Service? general, bool quietWhenMissing, DateTime now)
    {
        var missing = new List<string>();
        if ((asked & Cue.Person) != 0)
        {
            if (service.Person is { } person)
            {
                builder.Say(service.Role is { } role ? $"{role}: {person}" : $"{_p.Contact}: {person}").Break();
            }
            else
            {
                missing.Add(_p.NoPerson);
            }
        }

        if ((asked & Cue.Phone) != 0)
        {
            if (service.Phone is { } phone)
            {
                builder.Say($"{_p.Phone}: ").Phone(phone).Break();
            }
            else
            {
                missing.Add(_p.NoPhone);
            }
        }

        if ((asked & Cue.Email) != 0)
        {
            if (service.Email is { } email)
            {
                builder.Write($"{_p.Email}: {email}").Speak(_p.EmailInChat).Break();
            }
            else
            {
                missing.Add(_p.NoEmail);
            }
        }

        if ((asked & Cue.Address) != 0)
        {
            if (service.Address is not null || service.Place is not null)
            {
                if (service.Address is { } address)
                {
                    builder.Say($"{_p.Address}: {address}").Break();
                }

                if (service.Place is { } place)
                {
                    builder.Say($"{_p.Place}: {place}").Break();
                }
            }
            else
            {
                missing.Add(_p.NoAddress);
            }
        }

        if ((asked & Cue.Hours) != 0 && !service.Hours.IsEmpty)
        {
            HoursWriter.WeeklyList(builder, service.Hours, DateOnly.FromDateTime(now));
        }

        if (!quietWhenMissing && missing.Count > 0)
        {
            builder.Say(_p.MissingSentence(missing)).Break();
            var others = (Cue.Phone | Cue.Email | Cue.Address) & ~asked;
            if (HasAny(service, others))
            {
                Fields(builder, service, others, general, quietWhenMissing: true, now);
            }
            if (general is not null && general.Id != service.Id)
            {
                builder.Say(_p.Onward + " ");
                ContactLine(builder, general);
                builder.Break();
            }
        }
    }

    private static bool HasAny(Service service, Cue fields) =>
        ((fields & Cue.Phone) != 0 && service.Phone is not null)
        || ((fields & Cue.Email) != 0 && service.Email is not null)
        || ((fields & Cue.Address) != 0 && (service.Address is not null || service.Place is not null));

    /// <summary>The sentences of its text a service without hours is answered with when asked for them.</summary>
    private const int NoHoursBodySentences = 2;

    private void Hours(ReplyBuilder builder, Service service, HoursAsked asked, DateTime now, Service? general)
    {
        if (!service.Hours.IsEmpty)
        {
            HoursWriter.Write(builder, service, asked, now);
            return;
        }

        // No day or time is made up: the service's own words, and who gives an appointment.
        Body(builder, service, sentences: NoHoursBodySentences);
        builder.Say(_p.NoHours).Say(" ");
        if (general is not null && general.Id != service.Id)
        {
            ContactLine(builder, general);
        }
        else if (service.Phone is { } phone)
        {
            builder.Say($"{_p.Phone}: ").Phone(phone);
        }

        builder.Break();
    }

    private void ContactLine(ReplyBuilder builder, Service contact)
    {
        builder.Say($"**{contact.Title}**");
        if (contact.Phone is { } phone)
        {
            builder.Say($", {_p.Phone} ").Phone(phone);
        }

        if (contact.Email is { } email)
        {
            builder.Write($", {_p.Email} {email}");
        }

        builder.Say(".");
    }

    private string Offer(KnowledgeIndex index, Service? general)
    {
        var services = MainServices(index, general).Select(s => $"**{s.Title}**").ToArray();
        return services.Length == 0 ? _p.Offer + "." : _p.Offer + _p.OfferAnd + string.Join(_english ? " or " : " oder ", services) + ".";
    }

    /// <summary>The suggestions shown with most replies: the news, and the first example question of the main services.</summary>
    public IReadOnlyList<string> Suggestions(KnowledgeIndex index, Service? general) =>
        MainServices(index, general)
            .Select(s => _english ? s.Title : s.Questions.FirstOrDefault() ?? s.Title)
            .Prepend(_p.SuggestNews)
            .ToArray();

    /// <summary>Up to two services worth offering: the general contact first, then those with a person or hours.</summary>
    private static IEnumerable<Service> MainServices(KnowledgeIndex index, Service? general) =>
        index.Knowledge.Services
            .OrderByDescending(s => s.Id == general?.Id)
            .ThenByDescending(s => (s.Phone is null ? 0 : 1) + (s.Person is null ? 0 : 1) + (s.Hours.IsEmpty ? 0 : 1))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(2);

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
