using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>The answers about a service: the fields asked for, its hours, whether it is open now.</summary>
internal sealed partial class AnswerWriter
{
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
            // What the question asks beyond the office's name ("Ermäßigung für Studierende", how it is done) first, where
            // the opening of the text does not say it: the answer, then what the office is.
            if (sentence is not null && !KnowledgeIndex.Sentences(service).Take(3).Contains(sentence))
            {
                builder.Say(sentence).Break();
            }

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

            var fields = asked & ~Cue.Hours;
            if ((asked & Cue.Hours) != 0 && (cues & Cue.Appointment) != 0)
            {
                // An appointment asked: the times, and the ways the office itself gives to ask for one (where it has
                // none, the hours already name where appointments are given).
                fields |= (service.Phone is null ? Cue.None : Cue.Phone) | (service.Email is null ? Cue.None : Cue.Email);
            }

            if ((asked & Cue.Hours) != 0)
            {
                Hours(builder, service, new HoursAsked(day, part, next, (cues & Cue.Closed) != 0, time, timeIsEnd, (cues & Cue.Weekly) != 0), now, general);
                if (service.Hours.IsEmpty && (general is null || general.Id == service.Id) && service.Phone is not null)
                {
                    fields &= ~Cue.Phone; // its own number was just given as the way to an appointment
                }
            }

            Fields(builder, service, fields, general, quietWhenMissing: false, now);
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

    /// <summary>"Bis wann hat das Freibad diese Saison auf?": until when over a season (<see cref="HoursAnswer.SeasonEnd"/>); null where the office's file does not say.</summary>
    public Reply? SeasonEnd(Service service, DateOnly today, Service? general, KnowledgeIndex index)
    {
        var builder = Builder();
        builder.Say($"**{service.Title}**").Break();
        return HoursWriter.SeasonEnd(builder, service, today) ? builder.Build(ReplyTopic.Hours, suggestions: Suggestions(index, general)) : null;
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

        // No day or time is made up: a holiday asked about is named (never a "Ja"), then the service's own words,
        // and who gives an appointment.
        if (asked.Day is { IsSingleDay: true } day && _calendar?.Holidays.On(day.Start) is { } holiday)
        {
            builder.Say(_p.Format(_p.HolidayNoHours, day.Start.ToDateTime(TimeOnly.MinValue), _english ? holiday.EnglishName : holiday.Name)).Break();
        }

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
}
