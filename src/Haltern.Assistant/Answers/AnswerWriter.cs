using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>Composes replies from knowledge items: every fact in a reply is a field or a sentence of a file.</summary>
internal sealed partial class AnswerWriter
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
}
