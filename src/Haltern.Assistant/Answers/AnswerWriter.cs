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

    /// <summary>
    /// Hours asked of the town hall as a whole for one day on which every office with hours is shut, by a public holiday
    /// or by its file's closures (some offices may still open: those whose file says <c>holidays: open</c>, named with
    /// their hours): "Nein, am Montag, 29. März ist Feiertag (Ostermontag): die Ämter der Stadt sind geschlossen.";
    /// null where an office of the town hall is open that day, and which one is meant must be asked.
    /// </summary>
    public Reply? TownClosedOn(KnowledgeIndex index, Service? general, DateOnly date)
    {
        if (_calendar is not { } calendar)
        {
            return null;
        }

        var days = index.Knowledge.Services.Where(s => !s.Hours.IsEmpty).Select(s => (Service: s, Day: calendar.Day(s.Hours, date))).ToArray();
        var holiday = calendar.Holidays.On(date);
        var open = days.Where(d => !d.Day.IsClosed && d.Day.HasHours).ToArray();
        if (days.Length == 0 || (holiday is null && open.Length > 0) || (holiday is not null && open.Any(d => !d.Service.Hours.OpenOnHolidays)))
        {
            return null;
        }

        var when = date.ToDateTime(TimeOnly.MinValue);
        var reason = holiday is not null ? null : days.Select(d => d.Day.Closure?.Reason).OfType<string>().GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (holiday is null && reason is null)
        {
            return null; // no office has hours that day (a Sunday): the week's hours of the office meant answer
        }

        var builder = Builder().Say(holiday is not null
            ? _p.Format(_p.TownClosedHoliday, when, _english ? holiday.EnglishName : holiday.Name)
            : _p.Format(_p.TownClosed, when, reason!));
        if (open.Length > 0)
        {
            builder.Break().Say(_p.Format(_p.TownOpenAnyway, string.Join(", ", open.Select(d => d.Service.Title))));
        }

        return builder.Build(ReplyTopic.Service, suggestions: Suggestions(index, general));
    }

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
